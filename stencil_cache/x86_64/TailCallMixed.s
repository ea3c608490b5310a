    lea rax, [r12 + {abs32s:_JIT_CALLEE_I_OFF}]
    cmp qword ptr [r15 + 48], rax
    jb L10
    lea rax, [r13 + {abs32s:_JIT_CALLEE_F_OFF}]
    cmp qword ptr [r15 + 56], rax
    jb L10
    lea rax, [r14 + {abs32s:_JIT_CALLEE_C_OFF}]
    cmp qword ptr [r15 + 64], rax
    jb L10
    mov eax, {abs32:_JIT_NARGS}
    test rax, rax
    je {rel32:_JIT_CALLEE}
    mov rcx, qword ptr [r15 + 112]
    lea rdx, [r14 + {abs32s:_JIT_B_OFF}]
    lea rsi, [r13 + {abs32s:_JIT_B_OFF}]
    lea rdi, [r12 + {abs32s:_JIT_B_OFF}]
    xor r8d, r8d
L0:
    mov bl, byte ptr [rcx + r8 + {abs32s:_JIT_SIG}]
    cmp r8, {abs32s:_JIT_CALLEE_I}
    jae L3
    test bl, bl
    je L1
    xor r9d, r9d
    jmp L2
L1:
    mov r9, qword ptr [rdi + 8*r8]
L2:
    mov qword ptr [r12 + 8*r8], r9
L3:
    cmp r8, {abs32s:_JIT_CALLEE_F}
    jae L6
    cmp bl, 1
    jne L4
    mov r9, qword ptr [rsi + 8*r8]
    jmp L5
L4:
    xor r9d, r9d
L5:
    mov qword ptr [r13 + 8*r8], r9
L6:
    cmp r8, {abs32s:_JIT_CALLEE_C}
    jae L9
    cmp bl, 2
    jne L7
    mov r9, qword ptr [rdx + 8*r8]
    jmp L8
L7:
    xor r9d, r9d
L8:
    mov qword ptr [r14 + 8*r8], r9
L9:
    inc r8
    cmp rax, r8
    jne L0
    jmp {rel32:_JIT_CALLEE}
L10:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
