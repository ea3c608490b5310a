    mov rcx, qword ptr [r14 + {abs32s:_JIT_B_OFF}]
    mov rax, rcx
    shr rax, 32
    cmp eax, -61440
    jne L1
    mov rax, qword ptr [r15 + 72]
    mov ecx, ecx
    shl rcx, 3
    mov rdx, qword ptr [r12 + {abs32s:_JIT_C_OFF}]
    cmp rdx, qword ptr [rax + rcx]
    jb L2
    mov edi, 2
L0:
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L1:
    mov edi, 3
    jmp L0
L2:
    add rax, qword ptr [rax + rcx + 16]
    movsd xmm1, qword ptr [rax + 8*rdx]
    jmp {rel32:_JIT_CONTINUE}
