    add qword ptr [r12 + {abs32s:_JIT_A_OFF}], {abs32s:_JIT_NEG_K}
    jmp {rel32:_JIT_CONTINUE}
