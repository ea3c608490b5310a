    cmp r8, rsi
    jne {rel32:_JIT_TARGET}
    mov rsi, r8
    jmp {rel32:_JIT_CONTINUE}
