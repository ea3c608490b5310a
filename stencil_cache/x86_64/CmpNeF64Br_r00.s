    ucomisd xmm0, xmm0
    jp {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
