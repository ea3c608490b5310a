    cvtsi2sd xmm1, rsi
    jmp {rel32:_JIT_CONTINUE}
