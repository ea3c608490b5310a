    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], r8
    jmp {rel32:_JIT_CONTINUE}
