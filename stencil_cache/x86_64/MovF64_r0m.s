    movsd xmm0, qword ptr [r13 + {abs32s:_JIT_B_OFF}]
    jmp {rel32:_JIT_CONTINUE}
