    mov rcx, qword ptr [r14 + {abs32s:_JIT_A_OFF}]
    mov rax, qword ptr [r15 + 72]
    mov ecx, ecx
    shl rcx, 3
    cmp qword ptr [rcx + rax], r11
    jbe L0
    add rax, qword ptr [rcx + rax + 16]
    ucomisd xmm0, xmm0
    jnp L1
    movabs rcx, 9221120237041090560
    mov qword ptr [rax + 8*r11], rcx
    jmp L2
L0:
    mov edi, 2
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L1:
    movsd qword ptr [rax + 8*r11], xmm0
L2:
    jmp {rel32:_JIT_CONTINUE}
