    movsd xmm3, qword ptr [r13 + {abs32s:_JIT_A_OFF}]
    jmp {rel32:_JIT_CONTINUE}
