    cvtsi2sd xmm0, r11
    jmp {rel32:_JIT_CONTINUE}
