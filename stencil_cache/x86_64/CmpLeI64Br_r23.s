    cmp r11, rsi
    jle {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
