    cvttsd2si r11, xmm3
    jmp {rel32:_JIT_CONTINUE}
