    cvttsd2si rsi, xmm1
    jmp {rel32:_JIT_CONTINUE}
