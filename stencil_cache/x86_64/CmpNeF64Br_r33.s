    ucomisd xmm3, xmm3
    jp {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
