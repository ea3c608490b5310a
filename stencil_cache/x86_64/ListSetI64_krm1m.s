    mov rcx, qword ptr [r14 + {abs32s:_JIT_A_OFF}]
    mov rax, qword ptr [r15 + 72]
    mov edx, ecx
    shl rdx, 3
    mov rcx, qword ptr [r12 + {abs32s:_JIT_C_OFF}]
    cmp rcx, qword ptr [rdx + rax]
    jb L0
    mov edi, 2
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L0:
    add rax, qword ptr [rdx + rax + 16]
    movabs rdx, 281474976710655
    and rdx, r9
    movabs rdi, -1688849860263936
    or rdi, rdx
    mov qword ptr [rax + 8*rcx], rdi
    jmp {rel32:_JIT_CONTINUE}
