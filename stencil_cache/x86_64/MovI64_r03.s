    mov r8, rsi
    jmp {rel32:_JIT_CONTINUE}
