    cmp rsi, r11
    jne L0
    mov r11, rsi
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
