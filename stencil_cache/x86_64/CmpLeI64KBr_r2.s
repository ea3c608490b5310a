    cmp r11, {abs32s:_JIT_K}
    jle {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
