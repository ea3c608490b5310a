    mov qword ptr [r14 + {abs32s:_JIT_A_OFF}], 0
    jmp {rel32:_JIT_CONTINUE}
