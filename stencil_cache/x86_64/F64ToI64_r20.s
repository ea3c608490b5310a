    cvttsd2si r11, xmm0
    jmp {rel32:_JIT_CONTINUE}
