    mov rcx, qword ptr [r14 + {abs32s:_JIT_B_OFF}]
    mov rax, rcx
    shr rax, 32
    cmp eax, -61440
    jne L1
    mov rax, qword ptr [r15 + 72]
    mov ecx, ecx
    shl rcx, 3
    cmp qword ptr [rax + rcx], r8
    ja L2
    mov edi, 2
L0:
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L1:
    mov edi, 3
    jmp L0
L2:
    add rax, qword ptr [rax + rcx + 16]
    movsd xmm0, qword ptr [rax + 8*r8]
    jmp {rel32:_JIT_CONTINUE}
