    ucomisd xmm2, xmm1
    jne {rel32:_JIT_TARGET}
    jp {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
