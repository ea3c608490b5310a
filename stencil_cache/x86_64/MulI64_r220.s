    imul r11, r8
    jmp {rel32:_JIT_CONTINUE}
