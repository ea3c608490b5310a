    movabs rax, {abs64:_JIT_BITS}
    movq xmm1, rax
    jmp {rel32:_JIT_CONTINUE}
