    cvtsi2sd xmm3, r9
    jmp {rel32:_JIT_CONTINUE}
