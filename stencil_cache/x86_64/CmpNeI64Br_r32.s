    cmp rsi, r11
    jne {rel32:_JIT_TARGET}
    mov r11, rsi
    jmp {rel32:_JIT_CONTINUE}
