    movsd xmm4, qword ptr [r13 + {abs32s:_JIT_B_OFF}]
    addsd xmm4, qword ptr [r13 + {abs32s:_JIT_C_OFF}]
    ucomisd xmm4, xmm4
    jnp L0
    movabs rax, 9221120237041090560
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
    jmp L1
L0:
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm4
L1:
    jmp {rel32:_JIT_CONTINUE}
