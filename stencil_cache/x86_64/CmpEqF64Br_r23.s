    ucomisd xmm2, xmm3
    jne L0
    jnp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
