    mov rax, {abs32s:_JIT_K}
    cmp rax, -1
    je L1
    test rax, rax
    je L0
    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov rcx, {abs32s:_JIT_K}
    cqo
    idiv rcx
    jmp L2
L0:
    mov edi, 1
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L1:
    xor edx, edx
L2:
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rdx
    jmp {rel32:_JIT_CONTINUE}
