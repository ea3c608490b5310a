    cmp qword ptr [r12 + {abs32s:_JIT_B_OFF}], r8
    jg {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
