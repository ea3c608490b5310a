    push rbp
    sub rsp, 32
    mov rbp, r15
    mov r8, r13
    mov rax, qword ptr [r15 + 32]
    cmp rax, qword ptr [r15 + 40]
    jae L2
    mov ecx, {abs32:_JIT_CALLEE_I_OFF}
    add rcx, r12
    add rcx, {abs32s:_JIT_FRAME_I_OFF}
    cmp qword ptr [rbp + 48], rcx
    jb L2
    mov ecx, {abs32:_JIT_CALLEE_F_OFF}
    add rcx, r8
    add rcx, {abs32s:_JIT_FRAME_F_OFF}
    cmp qword ptr [rbp + 56], rcx
    jb L2
    mov ecx, {abs32:_JIT_CALLEE_C_OFF}
    add rcx, r14
    add rcx, {abs32s:_JIT_FRAME_C_OFF}
    cmp qword ptr [rbp + 64], rcx
    jb L2
    mov qword ptr [rsp + 8], r12
    lea r12, [r12 + {abs32s:_JIT_FRAME_I_OFF}]
    lea r13, [r8 + {abs32s:_JIT_FRAME_F_OFF}]
    mov qword ptr [rsp + 24], r14
    lea r14, [r14 + {abs32s:_JIT_FRAME_C_OFF}]
    mov ecx, {abs32:_JIT_NARGS}
    test rcx, rcx
    je L1
    lea rax, [r8 + {abs32s:_JIT_B_OFF}]
    xor edx, edx
L0:
    mov rsi, qword ptr [rax + 8*rdx]
    mov qword ptr [r13 + 8*rdx], rsi
    inc rdx
    cmp rcx, rdx
    jne L0
    mov rax, qword ptr [rbp + 32]
L1:
    mov qword ptr [rsp + 16], r8
    inc rax
    mov qword ptr [rbp + 32], rax
    mov r15, rbp
    call {rel32:_JIT_CALLEE}
    dec qword ptr [rbp + 32]
    cmp qword ptr [rbp], 0
    je L3
    add rsp, 32
    pop rbp
    ret
L2:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    mov r13, r8
    mov r15, rbp
    add rsp, 32
    pop rbp
    jmp {rel32:jit_rt_fail}
L3:
    mov ecx, {abs32:_JIT_CONV}
    cmp rcx, 1
    cvtsi2sd xmm0, rax
    movq rcx, xmm0
    cmovne rcx, rax
    mov r13, qword ptr [rsp + 16]
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rcx
    mov r12, qword ptr [rsp + 8]
    mov r14, qword ptr [rsp + 24]
    mov r15, rbp
    add rsp, 32
    pop rbp
    jmp {rel32:_JIT_CONTINUE}
