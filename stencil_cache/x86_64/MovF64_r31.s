    movaps xmm3, xmm1
    jmp {rel32:_JIT_CONTINUE}
