    ucomisd xmm1, qword ptr [r13 + {abs32s:_JIT_A_OFF}]
    jae {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
