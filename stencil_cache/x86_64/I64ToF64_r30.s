    cvtsi2sd xmm3, r8
    jmp {rel32:_JIT_CONTINUE}
