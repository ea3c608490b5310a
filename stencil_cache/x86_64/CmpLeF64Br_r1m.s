    movsd xmm4, qword ptr [r13 + {abs32s:_JIT_B_OFF}]
    ucomisd xmm4, xmm1
    jae {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
