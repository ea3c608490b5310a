    divsd xmm2, xmm2
    ucomisd xmm2, xmm2
    jnp L0
    movabs rax, 9221120237041090560
    movq xmm2, rax
L0:
    jmp {rel32:_JIT_CONTINUE}
