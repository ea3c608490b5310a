    ucomisd xmm1, xmm3
    ja {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
