    cvttsd2si r9, xmm2
    jmp {rel32:_JIT_CONTINUE}
