    movaps xmm1, xmm0
    jmp {rel32:_JIT_CONTINUE}
