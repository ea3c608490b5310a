    ucomisd xmm0, xmm2
    ja {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
