    cmp rsi, {abs32s:_JIT_K}
    jl {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
