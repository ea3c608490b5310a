    cvtsi2sd xmm0, rsi
    jmp {rel32:_JIT_CONTINUE}
