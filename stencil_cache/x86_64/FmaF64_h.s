    vmovsd xmm5, qword ptr [r13 + {abs32s:_JIT_B_OFF}]
    vmovsd xmm4, qword ptr [r13 + {abs32s:_JIT_C_OFF}]
    vfmadd213sd xmm4, xmm5, qword ptr [r13 + {abs32s:_JIT_D_OFF}]
    vucomisd xmm4, xmm4
    jnp L0
    movabs rax, 9221120237041090560
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
    jmp L1
L0:
    vmovsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm4
L1:
    jmp {rel32:_JIT_CONTINUE}
