    mov rcx, qword ptr [r14 + {abs32s:_JIT_B_OFF}]
    mov rax, qword ptr [r15 + 72]
    mov ecx, ecx
    shl rcx, 3
    cmp qword ptr [rcx + rax], r8
    ja L0
    mov edi, 2
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L0:
    add rax, qword ptr [rcx + rax + 16]
    mov rax, qword ptr [rax + 8*r8]
    shl rax, 16
    sar rax, 16
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    jmp {rel32:_JIT_CONTINUE}
