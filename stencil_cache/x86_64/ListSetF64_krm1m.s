    mov rcx, qword ptr [r14 + {abs32s:_JIT_A_OFF}]
    mov rax, qword ptr [r15 + 72]
    mov edx, ecx
    shl rdx, 3
    mov rcx, qword ptr [r12 + {abs32s:_JIT_C_OFF}]
    cmp rcx, qword ptr [rdx + rax]
    jae L0
    add rax, qword ptr [rdx + rax + 16]
    ucomisd xmm1, xmm1
    jnp L1
    movabs rdx, 9221120237041090560
    mov qword ptr [rax + 8*rcx], rdx
    jmp L2
L0:
    mov edi, 2
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L1:
    movsd qword ptr [rax + 8*rcx], xmm1
L2:
    jmp {rel32:_JIT_CONTINUE}
