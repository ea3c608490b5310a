    add r8, r11
    jmp {rel32:_JIT_CONTINUE}
