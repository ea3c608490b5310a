    ucomisd xmm3, qword ptr [r13 + {abs32s:_JIT_A_OFF}]
    ja {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
