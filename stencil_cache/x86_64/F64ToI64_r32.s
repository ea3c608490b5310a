    cvttsd2si rsi, xmm2
    jmp {rel32:_JIT_CONTINUE}
