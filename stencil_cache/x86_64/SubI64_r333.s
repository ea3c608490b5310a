    xor esi, esi
    jmp {rel32:_JIT_CONTINUE}
