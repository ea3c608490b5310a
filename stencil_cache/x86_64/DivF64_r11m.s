    divsd xmm1, qword ptr [r13 + {abs32s:_JIT_C_OFF}]
    ucomisd xmm1, xmm1
    jnp L0
    movabs rax, 9221120237041090560
    movq xmm1, rax
L0:
    jmp {rel32:_JIT_CONTINUE}
