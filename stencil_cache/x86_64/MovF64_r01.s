    movaps xmm0, xmm1
    jmp {rel32:_JIT_CONTINUE}
