    mov rcx, qword ptr [r12 + {abs32s:_JIT_C_OFF}]
    cmp rcx, -1
    je L1
    test rcx, rcx
    je L0
    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
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
