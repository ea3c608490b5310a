    mov rax, qword ptr [r14 + {abs32s:_JIT_A_OFF}]
    mov rcx, qword ptr [r15 + 72]
    mov edx, eax
    shl rdx, 3
    mov rdi, qword ptr [r12 + {abs32s:_JIT_C_OFF}]
    cmp rdi, qword ptr [rdx + rcx]
    jae L0
    add rcx, qword ptr [rdx + rcx + 16]
    mov rdx, qword ptr [r14 + {abs32s:_JIT_B_OFF}]
    mov qword ptr [rcx + 8*rdi], rdx
    mov rcx, rdx
    shr rcx, 48
    cmp ecx, 65535
    setb cl
    cmp edx, eax
    setbe al
    or al, cl
    jne L1
    mov rax, qword ptr [r15 + 80]
    mov qword ptr [r15 + 128], rax
    jmp L1
L0:
    mov edi, 2
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L1:
    jmp {rel32:_JIT_CONTINUE}
