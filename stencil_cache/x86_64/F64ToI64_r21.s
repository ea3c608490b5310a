    cvttsd2si r11, xmm1
    jmp {rel32:_JIT_CONTINUE}
