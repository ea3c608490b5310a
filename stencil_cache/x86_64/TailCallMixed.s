    lea rax, [r12 + {abs32s:_JIT_CALLEE_I_OFF}]
    cmp qword ptr [r15 + 48], rax
    jb L13
    lea rax, [r13 + {abs32s:_JIT_CALLEE_F_OFF}]
    cmp qword ptr [r15 + 56], rax
    jb L13
    lea rax, [r14 + {abs32s:_JIT_CALLEE_C_OFF}]
    cmp qword ptr [r15 + 64], rax
    jb L13
    mov rax, qword ptr [r15 + 112]
    mov ecx, {abs32:_JIT_NARGS}
    mov edx, {abs32:_JIT_CALLEE_I}
    test rdx, rdx
    jne L8
L0:
    mov edx, {abs32:_JIT_CALLEE_F}
    test rdx, rdx
    je L4
    lea rsi, [r13 + {abs32s:_JIT_B_OFF}]
    xor edi, edi
L1:
    cmp rdi, rcx
    jae L2
    cmp byte ptr [rax + rdi + {abs32s:_JIT_SIG}], 1
    jne L2
    mov r8, qword ptr [rsi + 8*rdi]
    jmp L3
L2:
    xor r8d, r8d
L3:
    mov qword ptr [r13 + 8*rdi], r8
    inc rdi
    cmp rdx, rdi
    jne L1
L4:
    mov edx, {abs32:_JIT_CALLEE_C}
    test rdx, rdx
    je {rel32:_JIT_CALLEE}
    lea rsi, [r14 + {abs32s:_JIT_B_OFF}]
    xor edi, edi
L5:
    cmp rdi, rcx
    jae L6
    cmp byte ptr [rax + rdi + {abs32s:_JIT_SIG}], 2
    jne L6
    mov r8, qword ptr [rsi + 8*rdi]
    jmp L7
L6:
    xor r8d, r8d
L7:
    mov qword ptr [r14 + 8*rdi], r8
    inc rdi
    cmp rdx, rdi
    jne L5
    jmp {rel32:_JIT_CALLEE}
L8:
    lea rsi, [r12 + {abs32s:_JIT_B_OFF}]
    xor edi, edi
L9:
    cmp rdi, rcx
    jae L10
    cmp byte ptr [rax + rdi + {abs32s:_JIT_SIG}], 0
    je L12
L10:
    xor r8d, r8d
L11:
    mov qword ptr [r12 + 8*rdi], r8
    inc rdi
    cmp rdx, rdi
    jne L9
    jmp L0
L12:
    mov r8, qword ptr [rsi + 8*rdi]
    jmp L11
L13:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
