    cmp r11, rsi
    jl {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
