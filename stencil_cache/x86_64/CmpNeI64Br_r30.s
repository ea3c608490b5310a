    cmp rsi, r8
    jne {rel32:_JIT_TARGET}
    mov r8, rsi
    jmp {rel32:_JIT_CONTINUE}
