    jmp {rel32:_JIT_CONTINUE}
