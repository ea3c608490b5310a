    cvttsd2si r8, xmm0
    jmp {rel32:_JIT_CONTINUE}
