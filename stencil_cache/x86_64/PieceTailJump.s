    jmp {rel32:_JIT_CALLEE}
