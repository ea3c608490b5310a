    mov rax, qword ptr [r15 + 32]
    cmp rax, qword ptr [r15 + 40]
    jae L0
    lea rax, [r13 + {abs32s:_JIT_CALLEE_END_F_OFF}]
    cmp qword ptr [r15 + 56], rax
    jae L1
L0:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L1:
    jmp {rel32:_JIT_CONTINUE}
