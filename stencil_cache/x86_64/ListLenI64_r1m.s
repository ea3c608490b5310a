    mov rax, qword ptr [r14 + {abs32s:_JIT_B_OFF}]
    mov rcx, rax
    shr rcx, 32
    cmp ecx, -61440
    je L0
    mov edi, 3
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L0:
    mov rcx, qword ptr [r15 + 72]
    mov eax, eax
    mov r9, qword ptr [rcx + 8*rax]
    jmp {rel32:_JIT_CONTINUE}
