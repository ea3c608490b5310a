    movaps xmm2, xmm1
    jmp {rel32:_JIT_CONTINUE}
