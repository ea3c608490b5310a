    mov rcx, qword ptr [r14 + {abs32s:_JIT_A_OFF}]
    mov rax, rcx
    shr rax, 32
    cmp eax, -61440
    jne L0
    mov rax, qword ptr [r15 + 72]
    mov edx, ecx
    shl rdx, 3
    mov rcx, qword ptr [r12 + {abs32s:_JIT_C_OFF}]
    cmp rcx, qword ptr [rax + rdx]
    jae L1
    add rax, qword ptr [rax + rdx + 16]
    ucomisd xmm2, xmm2
    jnp L3
    movabs rdx, 9221120237041090560
    mov qword ptr [rax + 8*rcx], rdx
    jmp L4
L0:
    mov edi, 3
    jmp L2
L1:
    mov edi, 2
L2:
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L3:
    movsd qword ptr [rax + 8*rcx], xmm2
L4:
    jmp {rel32:_JIT_CONTINUE}
