    divsd xmm0, xmm1
    ucomisd xmm0, xmm0
    jnp L0
    movabs rax, 9221120237041090560
    movq xmm0, rax
L0:
    jmp {rel32:_JIT_CONTINUE}
