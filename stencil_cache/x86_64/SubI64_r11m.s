    sub r9, qword ptr [r12 + {abs32s:_JIT_C_OFF}]
    jmp {rel32:_JIT_CONTINUE}
