    mulsd xmm0, qword ptr [r13 + {abs32s:_JIT_C_OFF}]
    ucomisd xmm0, xmm0
    jnp L0
    movabs rax, 9221120237041090560
    movq xmm0, rax
L0:
    jmp {rel32:_JIT_CONTINUE}
