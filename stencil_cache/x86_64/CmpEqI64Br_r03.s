    cmp r8, rsi
    jne L0
    mov rsi, r8
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
