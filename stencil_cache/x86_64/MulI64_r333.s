    imul rsi, rsi
    jmp {rel32:_JIT_CONTINUE}
