    add r11, rsi
    jmp {rel32:_JIT_CONTINUE}
