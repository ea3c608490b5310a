    push rbp
    sub rsp, 32
    mov r8, r12
    mov rdi, qword ptr [r15 + 32]
    cmp rdi, qword ptr [r15 + 40]
    jae L8
    lea rax, [r8 + {abs32s:_JIT_CALLEE_END_I_OFF}]
    cmp qword ptr [r15 + 48], rax
    jb L8
    lea rax, [r13 + {abs32s:_JIT_CALLEE_END_F_OFF}]
    cmp qword ptr [r15 + 56], rax
    jb L8
    lea rax, [r14 + {abs32s:_JIT_CALLEE_END_C_OFF}]
    cmp qword ptr [r15 + 64], rax
    jb L8
    lea r12, [r8 + {abs32s:_JIT_FRAME_I_OFF}]
    mov eax, {abs32:_JIT_NARGS}
    test rax, rax
    je L1
    lea rcx, [r8 + {abs32s:_JIT_B_OFF}]
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
    mov eax, {abs32:_JIT_CALLEE_I}
    cmp rax, {abs32s:_JIT_NARGS}
    je L3
    mov ecx, {abs32:_JIT_NARGS}
L2:
    mov qword ptr [r12 + 8*rcx], 0
    inc rcx
    cmp rax, rcx
    jne L2
L3:
    mov qword ptr [rsp + 8], r13
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_OFF}]
    mov eax, {abs32:_JIT_CALLEE_F}
    test rax, rax
    je L5
    xor ecx, ecx
L4:
    mov qword ptr [r13 + 8*rcx], 0
    inc rcx
    cmp rax, rcx
    jne L4
L5:
    mov qword ptr [rsp], r8
    mov qword ptr [rsp + 16], r14
    lea r14, [r14 + {abs32s:_JIT_FRAME_C_OFF}]
    mov eax, {abs32:_JIT_CALLEE_C}
    test rax, rax
    je L7
    xor ecx, ecx
L6:
    mov qword ptr [r14 + 8*rcx], 0
    inc rcx
    cmp rax, rcx
    jne L6
L7:
    lea rax, [rdi + 1]
    mov qword ptr [r15 + 32], rax
    mov rbp, r15
    mov qword ptr [rsp + 24], rdi
    call {rel32:_JIT_CALLEE}
    mov rcx, qword ptr [rsp + 24]
    mov qword ptr [rbp + 32], rcx
    cmp qword ptr [rbp], 0
    je L9
    add rsp, 32
    pop rbp
    ret
L8:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    mov r12, r8
    add rsp, 32
    pop rbp
    jmp {rel32:jit_rt_fail}
L9:
    mov ecx, {abs32:_JIT_CONV}
    cmp rcx, 3
    jne L10
    movq xmm0, rax
    cvttsd2si rax, xmm0
L10:
    mov r12, qword ptr [rsp]
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    mov r13, qword ptr [rsp + 8]
    mov r14, qword ptr [rsp + 16]
    mov r15, rbp
    add rsp, 32
    pop rbp
    jmp {rel32:_JIT_CONTINUE}
