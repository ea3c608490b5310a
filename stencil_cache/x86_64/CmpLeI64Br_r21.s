    cmp r11, r9
    jle {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
