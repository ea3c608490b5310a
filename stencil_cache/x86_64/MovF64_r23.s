    movaps xmm2, xmm3
    jmp {rel32:_JIT_CONTINUE}
