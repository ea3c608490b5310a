    cvttsd2si r8, xmm2
    jmp {rel32:_JIT_CONTINUE}
