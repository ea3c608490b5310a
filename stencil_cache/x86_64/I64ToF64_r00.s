    cvtsi2sd xmm0, r8
    jmp {rel32:_JIT_CONTINUE}
