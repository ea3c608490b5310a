    movaps xmm3, xmm2
    jmp {rel32:_JIT_CONTINUE}
