    cvtsi2sd xmm3, rsi
    jmp {rel32:_JIT_CONTINUE}
