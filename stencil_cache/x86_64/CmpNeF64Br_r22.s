    ucomisd xmm2, xmm2
    jp {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
