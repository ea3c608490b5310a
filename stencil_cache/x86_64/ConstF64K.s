    movaps xmm1, xmm0
    movabs rax, {abs64:_JIT_BITS}
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
    movq xmm0, rax
    jmp {rel32:_JIT_CONTINUE}
