    cvtsi2sd xmm3, r11
    jmp {rel32:_JIT_CONTINUE}
