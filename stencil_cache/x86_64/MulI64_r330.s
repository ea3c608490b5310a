    imul rsi, r8
    jmp {rel32:_JIT_CONTINUE}
