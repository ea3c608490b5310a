    cmp qword ptr [r12 + {abs32s:_JIT_A_OFF}], r11
    jle {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
