    movsd xmm4, qword ptr [r13 + {abs32s:_JIT_A_OFF}]
    ucomisd xmm4, xmm0
    jne {rel32:_JIT_TARGET}
    jp {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
