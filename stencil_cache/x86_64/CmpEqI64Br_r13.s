    cmp r9, rsi
    jne L0
    mov rsi, r9
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
