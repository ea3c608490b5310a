    cvtsi2sd xmm2, r8
    jmp {rel32:_JIT_CONTINUE}
