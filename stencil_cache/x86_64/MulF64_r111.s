    mulsd xmm1, xmm1
    ucomisd xmm1, xmm1
    jnp L0
    movabs rax, 9221120237041090560
    movq xmm1, rax
L0:
    jmp {rel32:_JIT_CONTINUE}
