    ucomisd xmm1, xmm3
    jae {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
