    cvttsd2si r8, xmm1
    jmp {rel32:_JIT_CONTINUE}
