    ucomisd xmm3, xmm0
    jne {rel32:_JIT_TARGET}
    jp {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
