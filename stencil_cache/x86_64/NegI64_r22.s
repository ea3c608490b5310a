    neg r11
    jmp {rel32:_JIT_CONTINUE}
