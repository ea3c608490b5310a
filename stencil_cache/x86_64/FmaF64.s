    push rax
    movsd qword ptr [rsp], xmm0
    movsd xmm0, qword ptr [r13 + {abs32s:_JIT_B_OFF}]
    movsd xmm1, qword ptr [r13 + {abs32s:_JIT_C_OFF}]
    movsd xmm2, qword ptr [r13 + {abs32s:_JIT_D_OFF}]
    call {rel32:jit_rt_fma}
    ucomisd xmm0, xmm0
    jnp L0
    movabs rax, 9221120237041090560
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
    movq xmm0, rax
    jmp L1
L0:
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm0
L1:
    movsd xmm1, qword ptr [rsp]
    pop rax
    jmp {rel32:_JIT_CONTINUE}
