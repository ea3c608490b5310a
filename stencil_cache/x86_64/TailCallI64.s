    lea rax, [r12 + {abs32s:_JIT_CALLEE_I_OFF}]
    cmp qword ptr [r15 + 48], rax
    jb L7
    lea rax, [r13 + {abs32s:_JIT_CALLEE_F_OFF}]
    cmp qword ptr [r15 + 56], rax
    jb L7
    lea rax, [r14 + {abs32s:_JIT_CALLEE_C_OFF}]
    cmp qword ptr [r15 + 64], rax
    jb L7
    mov eax, {abs32:_JIT_NARGS}
    test rax, rax
    je L1
    lea rcx, [r12 + {abs32s:_JIT_B_OFF}]
    xor edx, edx
L0:
    mov rsi, qword ptr [rcx + 8*rdx]
    mov qword ptr [r12 + 8*rdx], rsi
    inc rdx
    cmp rax, rdx
    jne L0
L1:
    cmp rax, {abs32s:_JIT_CALLEE_I}
    jae L3
    xor eax, eax
    mov ecx, {abs32:_JIT_CALLEE_I}
    cmp rcx, {abs32s:_JIT_NARGS}
    je L3
    mov edx, {abs32:_JIT_NARGS}
L2:
    mov qword ptr [r12 + 8*rdx], rax
    inc rdx
    cmp rcx, rdx
    jne L2
L3:
    mov eax, {abs32:_JIT_CALLEE_F}
    test rax, rax
    je L5
    xor ecx, ecx
    xor edx, edx
L4:
    mov qword ptr [r13 + 8*rcx], rdx
    inc rcx
    cmp rax, rcx
    jne L4
L5:
    mov eax, {abs32:_JIT_CALLEE_C}
    test rax, rax
    je {rel32:_JIT_CALLEE}
    xor ecx, ecx
    xor edx, edx
L6:
    mov qword ptr [r14 + 8*rcx], rdx
    inc rcx
    cmp rax, rcx
    jne L6
    jmp {rel32:_JIT_CALLEE}
L7:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
