    ucomisd xmm1, xmm1
    jnp {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
