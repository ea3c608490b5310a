    cmp rsi, r9
    jne {rel32:_JIT_TARGET}
    mov r9, rsi
    jmp {rel32:_JIT_CONTINUE}
