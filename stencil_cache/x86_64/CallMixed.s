    push rbp
    sub rsp, 32
    mov r9, r14
    mov r10, r13
    mov r11, r12
    mov rbx, qword ptr [r15 + 32]
    cmp rbx, qword ptr [r15 + 40]
    jae L20
    lea rax, [r11 + {abs32s:_JIT_CALLEE_END_I_OFF}]
    cmp qword ptr [r15 + 48], rax
    jb L20
    lea rax, [r10 + {abs32s:_JIT_CALLEE_END_F_OFF}]
    cmp qword ptr [r15 + 56], rax
    jb L20
    lea rax, [r9 + {abs32s:_JIT_CALLEE_END_C_OFF}]
    cmp qword ptr [r15 + 64], rax
    jb L20
    lea r12, [r11 + {abs32s:_JIT_FRAME_I_OFF}]
    mov rax, qword ptr [r15 + 112]
    mov ecx, {abs32:_JIT_NARGS}
    mov edx, {abs32:_JIT_CALLEE_I}
    test rdx, rdx
    jne L9
L0:
    lea r13, [r10 + {abs32s:_JIT_FRAME_F_OFF}]
    mov edx, {abs32:_JIT_CALLEE_F}
    test rdx, rdx
    je L4
    lea rsi, [r10 + {abs32s:_JIT_B_OFF}]
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
    lea r14, [r9 + {abs32s:_JIT_FRAME_C_OFF}]
    mov edx, {abs32:_JIT_CALLEE_C}
    test rdx, rdx
    je L8
    lea rsi, [r9 + {abs32s:_JIT_B_OFF}]
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
L8:
    mov qword ptr [rsp], r11
    mov qword ptr [rsp + 8], r10
    mov qword ptr [rsp + 16], r9
    lea rax, [rbx + 1]
    mov qword ptr [r15 + 32], rax
    mov rbp, r15
    mov qword ptr [rsp + 24], rbx
    call {rel32:_JIT_CALLEE}
    mov rcx, qword ptr [rsp + 24]
    mov qword ptr [rbp + 32], rcx
    cmp qword ptr [rbp], 0
    jne L21
    mov ecx, {abs32:_JIT_CONV}
    cmp rcx, 2
    jg L14
    test rcx, rcx
    mov r14, qword ptr [rsp + 16]
    mov r13, qword ptr [rsp + 8]
    mov r12, qword ptr [rsp]
    je L17
    cmp rcx, 1
    je L19
    cmp rcx, 2
    jne L18
    movabs rcx, 281474976710655
    and rax, rcx
    movabs rcx, -1688849860263936
    or rcx, rax
    jmp L15
L9:
    lea rsi, [r11 + {abs32s:_JIT_B_OFF}]
    xor edi, edi
L10:
    cmp rdi, rcx
    jae L11
    cmp byte ptr [rax + rdi + {abs32s:_JIT_SIG}], 0
    je L13
L11:
    xor r8d, r8d
L12:
    mov qword ptr [r12 + 8*rdi], r8
    inc rdi
    cmp rdx, rdi
    jne L10
    jmp L0
L13:
    mov r8, qword ptr [rsi + 8*rdi]
    jmp L12
L14:
    cmp rcx, 3
    mov r14, qword ptr [rsp + 16]
    mov r13, qword ptr [rsp + 8]
    mov r12, qword ptr [rsp]
    je L16
    cmp rcx, 4
    je L22
    cmp rcx, 5
    jne L18
    mov rcx, rax
    btr rcx, 63
    movabs rdx, 9218868437227405312
    cmp rcx, rdx
    movabs rcx, 9221120237041090560
    cmovbe rcx, rax
L15:
    mov qword ptr [r14 + {abs32s:_JIT_A_OFF}], rcx
    jmp L23
L16:
    movq xmm0, rax
    cvttsd2si rax, xmm0
L17:
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    jmp L23
L18:
    mov qword ptr [r14 + {abs32s:_JIT_A_OFF}], rax
    jmp L23
L19:
    cvtsi2sd xmm0, rax
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm0
    jmp L23
L20:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    mov r12, r11
    mov r13, r10
    mov r14, r9
    add rsp, 32
    pop rbp
    jmp {rel32:jit_rt_fail}
L21:
    add rsp, 32
    pop rbp
    ret
L22:
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
L23:
    mov r15, rbp
    add rsp, 32
    pop rbp
    jmp {rel32:_JIT_CONTINUE}
