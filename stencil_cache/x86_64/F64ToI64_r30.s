    cvttsd2si rsi, xmm0
    jmp {rel32:_JIT_CONTINUE}
