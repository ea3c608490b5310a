    ucomisd xmm2, xmm2
    jnp {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
