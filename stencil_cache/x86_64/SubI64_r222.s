    xor r11d, r11d
    jmp {rel32:_JIT_CONTINUE}
