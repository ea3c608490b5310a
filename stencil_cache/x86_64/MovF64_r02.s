    movaps xmm0, xmm2
    jmp {rel32:_JIT_CONTINUE}
