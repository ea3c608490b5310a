    cvtsi2sd xmm1, r8
    jmp {rel32:_JIT_CONTINUE}
