    ucomisd xmm0, xmm0
    jnp {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
