    add rsi, r9
    jmp {rel32:_JIT_CONTINUE}
