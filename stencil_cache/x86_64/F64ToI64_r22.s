    cvttsd2si r11, xmm2
    jmp {rel32:_JIT_CONTINUE}
