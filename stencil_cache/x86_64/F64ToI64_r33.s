    cvttsd2si rsi, xmm3
    jmp {rel32:_JIT_CONTINUE}
