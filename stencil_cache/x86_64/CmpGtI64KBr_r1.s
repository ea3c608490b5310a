    cmp r9, {abs32s:_JIT_K}
    jg {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
