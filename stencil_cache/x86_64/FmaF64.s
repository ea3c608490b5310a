    push rax
    movsd xmm0, qword ptr [r13 + {abs32s:_JIT_B_OFF}]
    movsd xmm1, qword ptr [r13 + {abs32s:_JIT_C_OFF}]
    movsd xmm2, qword ptr [r13 + {abs32s:_JIT_D_OFF}]
    call {rel32:jit_rt_fma}
    ucomisd xmm0, xmm0
    jnp L0
    movabs rax, 9221120237041090560
    movq xmm0, rax
L0:
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm0
    pop rax
    jmp {rel32:_JIT_CONTINUE}
