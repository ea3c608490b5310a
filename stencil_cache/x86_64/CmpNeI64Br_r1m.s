    cmp qword ptr [r12 + {abs32s:_JIT_B_OFF}], r9
    jne {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
