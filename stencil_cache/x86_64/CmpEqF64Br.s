    movsd xmm4, qword ptr [r13 + {abs32s:_JIT_A_OFF}]
    ucomisd xmm4, qword ptr [r13 + {abs32s:_JIT_B_OFF}]
    jne L0
    jnp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
