    cmp rsi, r8
    jne L0
    mov r8, rsi
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
