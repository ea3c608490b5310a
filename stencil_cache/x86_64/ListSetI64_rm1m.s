    mov rcx, qword ptr [r14 + {abs32s:_JIT_A_OFF}]
    mov rax, rcx
    shr rax, 32
    cmp eax, -61440
    jne L1
    mov rax, qword ptr [r15 + 72]
    mov edx, ecx
    shl rdx, 3
    mov rcx, qword ptr [r12 + {abs32s:_JIT_C_OFF}]
    cmp rcx, qword ptr [rax + rdx]
    jb L2
    mov edi, 2
L0:
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L1:
    mov edi, 3
    jmp L0
L2:
    add rax, qword ptr [rax + rdx + 16]
    movabs rdx, 281474976710655
    and rdx, r9
    movabs rdi, -1688849860263936
    or rdi, rdx
    mov qword ptr [rax + 8*rcx], rdi
    jmp {rel32:_JIT_CONTINUE}
