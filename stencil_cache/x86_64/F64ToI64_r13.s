    cvttsd2si r9, xmm3
    jmp {rel32:_JIT_CONTINUE}
