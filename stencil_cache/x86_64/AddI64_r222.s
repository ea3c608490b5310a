    add r11, r11
    jmp {rel32:_JIT_CONTINUE}
