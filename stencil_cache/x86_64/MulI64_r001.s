    imul r8, r9
    jmp {rel32:_JIT_CONTINUE}
