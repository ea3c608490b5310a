    movabs rax, {abs64:_JIT_BITS}
    movq xmm3, rax
    jmp {rel32:_JIT_CONTINUE}
