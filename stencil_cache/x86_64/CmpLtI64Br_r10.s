    cmp r9, r8
    jl {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
