    cvttsd2si r8, xmm3
    jmp {rel32:_JIT_CONTINUE}
