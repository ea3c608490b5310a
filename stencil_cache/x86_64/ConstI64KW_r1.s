    movabs r9, {abs64:_JIT_BITS}
    jmp {rel32:_JIT_CONTINUE}
