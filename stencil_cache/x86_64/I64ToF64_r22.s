    cvtsi2sd xmm2, r11
    jmp {rel32:_JIT_CONTINUE}
