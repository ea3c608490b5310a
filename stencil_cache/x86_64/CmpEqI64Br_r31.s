    cmp rsi, r9
    jne L0
    mov r9, rsi
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
