    cvtsi2sd xmm1, r11
    jmp {rel32:_JIT_CONTINUE}
