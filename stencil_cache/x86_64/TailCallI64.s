    lea rax, [r12 + {abs32s:_JIT_CALLEE_I_OFF}]
    cmp qword ptr [r15 + 48], rax
    jb L1
    lea rax, [r13 + {abs32s:_JIT_CALLEE_F_OFF}]
    cmp qword ptr [r15 + 56], rax
    jb L1
    lea rax, [r14 + {abs32s:_JIT_CALLEE_C_OFF}]
    cmp qword ptr [r15 + 64], rax
    jb L1
    mov eax, {abs32:_JIT_NARGS}
    test rax, rax
    je {rel32:_JIT_CALLEE}
    lea rcx, [r12 + {abs32s:_JIT_B_OFF}]
    xor edx, edx
L0:
    mov rsi, qword ptr [rcx + 8*rdx]
    mov qword ptr [r12 + 8*rdx], rsi
    inc rdx
    cmp rax, rdx
    jne L0
    jmp {rel32:_JIT_CALLEE}
L1:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
