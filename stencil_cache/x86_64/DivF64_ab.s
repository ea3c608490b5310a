    movapd xmm2, xmm0
    divsd xmm0, xmm1
    ucomisd xmm0, xmm0
    jnp L0
    movabs rax, 9221120237041090560
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
    movq xmm0, rax
    movapd xmm1, xmm2
    jmp L1
L0:
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm0
    movapd xmm1, xmm2
L1:
    jmp {rel32:_JIT_CONTINUE}
