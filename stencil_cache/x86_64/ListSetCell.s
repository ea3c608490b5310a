    mov rax, qword ptr [r14 + {abs32s:_JIT_A_OFF}]
    mov rcx, rax
    shr rcx, 32
    cmp ecx, -61440
    jne L0
    mov rcx, qword ptr [r15 + 72]
    mov edx, eax
    shl rdx, 3
    mov rdi, qword ptr [r12 + {abs32s:_JIT_C_OFF}]
    cmp rdi, qword ptr [rcx + rdx]
    jae L1
    add rcx, qword ptr [rcx + rdx + 16]
    mov rdx, qword ptr [r14 + {abs32s:_JIT_B_OFF}]
    mov qword ptr [rcx + 8*rdi], rdx
    mov rcx, rdx
    shr rcx, 48
    cmp ecx, 65535
    setb cl
    cmp edx, eax
    setbe al
    or al, cl
    jne L3
    mov rax, qword ptr [r15 + 80]
    mov qword ptr [r15 + 128], rax
    jmp L3
L0:
    mov edi, 3
    jmp L2
L1:
    mov edi, 2
L2:
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L3:
    jmp {rel32:_JIT_CONTINUE}
