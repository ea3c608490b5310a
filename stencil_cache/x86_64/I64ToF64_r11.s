    cvtsi2sd xmm1, r9
    jmp {rel32:_JIT_CONTINUE}
