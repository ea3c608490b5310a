    mov rcx, qword ptr [r14 + {abs32s:_JIT_A_OFF}]
    mov rax, rcx
    shr rax, 32
    cmp eax, -61440
    jne L0
    mov rax, qword ptr [r15 + 72]
    mov ecx, ecx
    shl rcx, 3
    cmp qword ptr [rax + rcx], r11
    jbe L1
    add rax, qword ptr [rax + rcx + 16]
    ucomisd xmm1, xmm1
    jnp L3
    movabs rcx, 9221120237041090560
    mov qword ptr [rax + 8*r11], rcx
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
    movsd qword ptr [rax + 8*r11], xmm1
L4:
    jmp {rel32:_JIT_CONTINUE}
