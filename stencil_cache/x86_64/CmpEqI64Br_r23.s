    cmp r11, rsi
    jne L0
    mov rsi, r11
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
