    cmp r11, rsi
    jne {rel32:_JIT_TARGET}
    mov rsi, r11
    jmp {rel32:_JIT_CONTINUE}
