    mov rax, r13
    mov rcx, qword ptr [r15 + 32]
    cmp rcx, qword ptr [r15 + 40]
    jae L8
    lea rdx, [r12 + {abs32s:_JIT_CALLEE_END_I_OFF}]
    cmp qword ptr [r15 + 48], rdx
    jb L8
    lea rdx, [rax + {abs32s:_JIT_CALLEE_END_F_OFF}]
    cmp qword ptr [r15 + 56], rdx
    jb L8
    lea rdx, [r14 + {abs32s:_JIT_CALLEE_END_C_OFF}]
    cmp qword ptr [r15 + 64], rdx
    jb L8
    lea r13, [rax + {abs32s:_JIT_FRAME_F_OFF}]
    mov edx, {abs32:_JIT_NARGS}
    test rdx, rdx
    je L1
    lea rax, [rax + {abs32s:_JIT_B_OFF}]
    xor esi, esi
L0:
    mov rdi, qword ptr [rax + 8*rsi]
    mov qword ptr [r13 + 8*rsi], rdi
    inc rsi
    cmp rdx, rsi
    jne L0
L1:
    cmp rdx, {abs32s:_JIT_CALLEE_F}
    jae L3
    xor eax, eax
    mov edx, {abs32:_JIT_CALLEE_F}
    cmp rdx, {abs32s:_JIT_NARGS}
    je L3
    mov esi, {abs32:_JIT_NARGS}
L2:
    mov qword ptr [r13 + 8*rsi], rax
    inc rsi
    cmp rdx, rsi
    jne L2
L3:
    lea r12, [r12 + {abs32s:_JIT_FRAME_I_OFF}]
    mov eax, {abs32:_JIT_CALLEE_I}
    test rax, rax
    je L5
    xor edx, edx
    xor esi, esi
L4:
    mov qword ptr [r12 + 8*rdx], rsi
    inc rdx
    cmp rax, rdx
    jne L4
L5:
    lea r14, [r14 + {abs32s:_JIT_FRAME_C_OFF}]
    mov eax, {abs32:_JIT_CALLEE_C}
    test rax, rax
    je L7
    xor edx, edx
    xor esi, esi
L6:
    mov qword ptr [r14 + 8*rdx], rsi
    inc rdx
    cmp rax, rdx
    jne L6
L7:
    mov rax, qword ptr [r15 + 120]
    mov rdx, qword ptr [r15 + 136]
    mov qword ptr [rdx + 8*rcx], rax
    mov rax, qword ptr [r15 + 80]
    mov qword ptr [r15 + 120], rax
    inc rcx
    mov qword ptr [r15 + 32], rcx
    push rax
    call {rel32:_JIT_CALLEE}
    pop rcx
    mov rcx, qword ptr [r15 + 32]
    lea rdx, [rcx - 1]
    mov qword ptr [r15 + 32], rdx
    cmp qword ptr [r15], 0
    je L9
    ret
L8:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    mov r13, rax
    jmp {rel32:jit_rt_fail}
L9:
    lea r12, [r12 + {abs32s:_JIT_FRAME_I_BACK}]
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_BACK}]
    lea r14, [r14 + {abs32s:_JIT_FRAME_C_BACK}]
    mov edx, {abs32:_JIT_CONV}
    mov esi, {abs32:_JIT_CONV}
    add rsi, -6
    cmp rsi, 3
    jb L10
    mov rsi, qword ptr [r15 + 120]
    mov rdi, qword ptr [r15 + 128]
    cmp rsi, rdi
    cmova rdi, rsi
    mov qword ptr [r15 + 80], rdi
L10:
    mov rsi, qword ptr [r15 + 136]
    mov rcx, qword ptr [rsi + 8*rcx - 8]
    xorps xmm0, xmm0
    cvtsi2sd xmm0, rax
    cmp rdx, 1
    movq rdx, xmm0
    cmovne rdx, rax
    mov qword ptr [r15 + 120], rcx
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rdx
    jmp {rel32:_JIT_CONTINUE}
