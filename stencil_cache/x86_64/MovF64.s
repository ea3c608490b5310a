    movaps xmm1, xmm0
    mov rax, qword ptr [r13 + {abs32s:_JIT_B_OFF}]
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
    movq xmm0, rax
    jmp {rel32:_JIT_CONTINUE}
