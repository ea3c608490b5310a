    cvtsi2sd xmm2, rsi
    jmp {rel32:_JIT_CONTINUE}
