    movaps xmm1, xmm0
    xorps xmm0, xmm0
    sqrtsd xmm0, qword ptr [r13 + {abs32s:_JIT_B_OFF}]
    ucomisd xmm0, xmm0
    jnp L0
    movabs rax, 9221120237041090560
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
    movq xmm0, rax
    jmp L1
L0:
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm0
L1:
    jmp {rel32:_JIT_CONTINUE}
