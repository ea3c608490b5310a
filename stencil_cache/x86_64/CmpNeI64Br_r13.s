    cmp r9, rsi
    jne {rel32:_JIT_TARGET}
    mov rsi, r9
    jmp {rel32:_JIT_CONTINUE}
