    cvttsd2si r9, xmm1
    jmp {rel32:_JIT_CONTINUE}
