    cmp r9, r8
    jle {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
