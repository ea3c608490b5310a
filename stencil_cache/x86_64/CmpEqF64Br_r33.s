    ucomisd xmm3, xmm3
    jnp {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
