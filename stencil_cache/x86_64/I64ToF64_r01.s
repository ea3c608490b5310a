    cvtsi2sd xmm0, r9
    jmp {rel32:_JIT_CONTINUE}
