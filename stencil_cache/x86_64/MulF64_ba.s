    movapd xmm2, xmm0
    mulsd xmm1, xmm0
    ucomisd xmm1, xmm1
    jnp L0
    movabs rax, 9221120237041090560
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
    movq xmm0, rax
    movapd xmm1, xmm2
    jmp L1
L0:
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm1
    movapd xmm0, xmm1
    movapd xmm1, xmm2
L1:
    jmp {rel32:_JIT_CONTINUE}
