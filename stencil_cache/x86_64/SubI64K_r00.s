    lea r8, [r8 + {abs32s:_JIT_NEG_K}]
    jmp {rel32:_JIT_CONTINUE}
