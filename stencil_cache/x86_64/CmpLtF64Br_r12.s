    ucomisd xmm2, xmm1
    ja {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
