    ucomisd xmm2, xmm0
    jae {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
