    push rbp
    sub rsp, 32
    mov rbp, r15
    mov r10, r14
    mov r11, r13
    mov r15, r12
    mov rcx, qword ptr [rbp + 32]
    cmp rcx, qword ptr [rbp + 40]
    jae L17
    mov eax, {abs32:_JIT_CALLEE_I_OFF}
    add rax, r15
    add rax, {abs32s:_JIT_FRAME_I_OFF}
    cmp qword ptr [rbp + 48], rax
    jb L17
    mov eax, {abs32:_JIT_CALLEE_F_OFF}
    add rax, r11
    add rax, {abs32s:_JIT_FRAME_F_OFF}
    cmp qword ptr [rbp + 56], rax
    jb L17
    mov eax, {abs32:_JIT_CALLEE_C_OFF}
    add rax, r10
    add rax, {abs32s:_JIT_FRAME_C_OFF}
    cmp qword ptr [rbp + 64], rax
    jb L17
    lea r12, [r15 + {abs32s:_JIT_FRAME_I_OFF}]
    lea r13, [r11 + {abs32s:_JIT_FRAME_F_OFF}]
    lea r14, [r10 + {abs32s:_JIT_FRAME_C_OFF}]
    mov eax, {abs32:_JIT_NARGS}
    test rax, rax
    je L10
    lea rcx, [r15 + {abs32s:_JIT_B_OFF}]
    lea rdx, [r11 + {abs32s:_JIT_B_OFF}]
    lea rsi, [r10 + {abs32s:_JIT_B_OFF}]
    mov rdi, qword ptr [rbp + 112]
    xor r8d, r8d
L0:
    mov bl, byte ptr [rdi + r8 + {abs32s:_JIT_SIG}]
    cmp r8, {abs32s:_JIT_CALLEE_I}
    jae L3
    test bl, bl
    je L1
    xor r9d, r9d
    jmp L2
L1:
    mov r9, qword ptr [rcx + 8*r8]
L2:
    mov qword ptr [r12 + 8*r8], r9
L3:
    cmp r8, {abs32s:_JIT_CALLEE_F}
    jae L6
    cmp bl, 1
    jne L4
    mov r9, qword ptr [rdx + 8*r8]
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
    mov r9, qword ptr [rsi + 8*r8]
    jmp L8
L7:
    xor r9d, r9d
L8:
    mov qword ptr [r14 + 8*r8], r9
L9:
    inc r8
    cmp rax, r8
    jne L0
    mov rcx, qword ptr [rbp + 32]
L10:
    mov qword ptr [rsp + 8], r15
    mov qword ptr [rsp + 16], r11
    mov qword ptr [rsp + 24], r10
    inc rcx
    mov qword ptr [rbp + 32], rcx
    mov r15, rbp
    call {rel32:_JIT_CALLEE}
    dec qword ptr [rbp + 32]
    cmp qword ptr [rbp], 0
    jne L18
    mov ecx, {abs32:_JIT_CONV}
    cmp rcx, 2
    jg L11
    test rcx, rcx
    mov r14, qword ptr [rsp + 24]
    mov r13, qword ptr [rsp + 16]
    mov r12, qword ptr [rsp + 8]
    je L14
    cmp rcx, 1
    je L16
    cmp rcx, 2
    jne L15
    movabs rcx, 281474976710655
    and rax, rcx
    movabs rcx, -1688849860263936
    or rcx, rax
    jmp L12
L11:
    cmp rcx, 3
    mov r14, qword ptr [rsp + 24]
    mov r13, qword ptr [rsp + 16]
    mov r12, qword ptr [rsp + 8]
    je L13
    cmp rcx, 4
    je L19
    cmp rcx, 5
    jne L15
    mov rcx, rax
    btr rcx, 63
    movabs rdx, 9218868437227405312
    cmp rcx, rdx
    movabs rcx, 9221120237041090560
    cmovbe rcx, rax
L12:
    mov qword ptr [r14 + {abs32s:_JIT_A_OFF}], rcx
    jmp L20
L13:
    movq xmm0, rax
    cvttsd2si rax, xmm0
L14:
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    jmp L20
L15:
    mov qword ptr [r14 + {abs32s:_JIT_A_OFF}], rax
    jmp L20
L16:
    cvtsi2sd xmm0, rax
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm0
    jmp L20
L17:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    mov r12, r15
    mov r13, r11
    mov r14, r10
    mov r15, rbp
    add rsp, 32
    pop rbp
    jmp {rel32:jit_rt_fail}
L18:
    add rsp, 32
    pop rbp
    ret
L19:
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
L20:
    mov r15, rbp
    add rsp, 32
    pop rbp
    jmp {rel32:_JIT_CONTINUE}
