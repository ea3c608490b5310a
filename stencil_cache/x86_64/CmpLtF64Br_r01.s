    ucomisd xmm1, xmm0
    ja {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
