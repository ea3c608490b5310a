    cvttsd2si r9, xmm0
    jmp {rel32:_JIT_CONTINUE}
