    cvtsi2sd xmm4, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm4
    jmp {rel32:_JIT_CONTINUE}
