    movabs rax, -9223372036854775808
    movq xmm4, rax
    pxor xmm3, xmm4
    jmp {rel32:_JIT_CONTINUE}
