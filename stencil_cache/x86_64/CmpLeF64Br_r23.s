    ucomisd xmm3, xmm2
    jae {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
