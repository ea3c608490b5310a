    movaps xmm0, xmm3
    jmp {rel32:_JIT_CONTINUE}
