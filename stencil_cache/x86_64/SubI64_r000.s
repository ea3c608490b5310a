    xor r8d, r8d
    jmp {rel32:_JIT_CONTINUE}
