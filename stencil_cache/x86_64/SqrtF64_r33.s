    sqrtsd xmm3, xmm3
    ucomisd xmm3, xmm3
    jnp L0
    movabs rax, 9221120237041090560
    movq xmm3, rax
L0:
    jmp {rel32:_JIT_CONTINUE}
