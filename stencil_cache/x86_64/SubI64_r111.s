    xor r9d, r9d
    jmp {rel32:_JIT_CONTINUE}
