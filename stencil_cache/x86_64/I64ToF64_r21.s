    cvtsi2sd xmm2, r9
    jmp {rel32:_JIT_CONTINUE}
