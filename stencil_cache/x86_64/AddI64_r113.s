    add r9, rsi
    jmp {rel32:_JIT_CONTINUE}
