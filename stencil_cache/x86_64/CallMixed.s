    mov rax, r13
    mov rcx, r12
    mov rdx, qword ptr [r15 + 32]
    cmp rdx, qword ptr [r15 + 40]
    jae L21
    lea rsi, [rcx + {abs32s:_JIT_CALLEE_END_I_OFF}]
    cmp qword ptr [r15 + 48], rsi
    jb L21
    lea rsi, [rax + {abs32s:_JIT_CALLEE_END_F_OFF}]
    cmp qword ptr [r15 + 56], rsi
    jb L21
    lea rsi, [r14 + {abs32s:_JIT_CALLEE_END_C_OFF}]
    cmp qword ptr [r15 + 64], rsi
    jb L21
    lea r12, [rcx + {abs32s:_JIT_FRAME_I_OFF}]
    mov rsi, qword ptr [r15 + 112]
    mov edi, {abs32:_JIT_NARGS}
    mov r8d, {abs32:_JIT_CALLEE_I}
    test r8, r8
    jne L10
L0:
    lea r13, [rax + {abs32s:_JIT_FRAME_F_OFF}]
    mov ecx, {abs32:_JIT_CALLEE_F}
    test rcx, rcx
    je L4
    lea rax, [rax + {abs32s:_JIT_B_OFF}]
    xor r8d, r8d
L1:
    cmp r8, rdi
    jae L2
    cmp byte ptr [rsi + r8 + {abs32s:_JIT_SIG}], 1
    jne L2
    mov r9, qword ptr [rax + 8*r8]
    jmp L3
L2:
    xor r9d, r9d
L3:
    mov qword ptr [r13 + 8*r8], r9
    inc r8
    cmp rcx, r8
    jne L1
L4:
    lea rax, [r14 + {abs32s:_JIT_FRAME_C_OFF}]
    mov ecx, {abs32:_JIT_CALLEE_C}
    test rcx, rcx
    je L8
    lea r8, [r14 + {abs32s:_JIT_B_OFF}]
    xor r9d, r9d
L5:
    cmp r9, rdi
    jae L6
    cmp byte ptr [rsi + r9 + {abs32s:_JIT_SIG}], 2
    jne L6
    mov r10, qword ptr [r8 + 8*r9]
    jmp L7
L6:
    xor r10d, r10d
L7:
    mov qword ptr [rax + 8*r9], r10
    inc r9
    cmp rcx, r9
    jne L5
L8:
    mov rcx, qword ptr [r15 + 120]
    mov rsi, qword ptr [r15 + 136]
    mov qword ptr [rsi + 8*rdx], rcx
    mov rcx, qword ptr [r15 + 80]
    mov qword ptr [r15 + 120], rcx
    inc rdx
    mov qword ptr [r15 + 32], rdx
    mov r14, rax
    push rax
    call {rel32:_JIT_CALLEE}
    pop rcx
    mov rcx, qword ptr [r15 + 32]
    lea rdx, [rcx - 1]
    mov qword ptr [r15 + 32], rdx
    cmp qword ptr [r15], 0
    jne L22
    lea r12, [r12 + {abs32s:_JIT_FRAME_I_BACK}]
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_BACK}]
    lea r14, [r14 + {abs32s:_JIT_FRAME_C_BACK}]
    mov edx, {abs32:_JIT_CONV}
    mov esi, {abs32:_JIT_CONV}
    add rsi, -6
    cmp rsi, 3
    jb L9
    mov rsi, qword ptr [r15 + 120]
    mov rdi, qword ptr [r15 + 128]
    cmp rsi, rdi
    cmova rdi, rsi
    mov qword ptr [r15 + 80], rdi
L9:
    mov rsi, qword ptr [r15 + 136]
    mov rcx, qword ptr [rsi + 8*rcx - 8]
    mov qword ptr [r15 + 120], rcx
    mov ecx, {abs32:_JIT_CONV}
    cmp rdx, 2
    jg L15
    test rcx, rcx
    je L18
    cmp rcx, 1
    je L20
    cmp rcx, 2
    jne L19
    movabs rcx, 281474976710655
    and rax, rcx
    movabs rcx, -1688849860263936
    or rcx, rax
    jmp L16
L10:
    lea rcx, [rcx + {abs32s:_JIT_B_OFF}]
    xor r9d, r9d
L11:
    cmp r9, rdi
    jae L12
    cmp byte ptr [rsi + r9 + {abs32s:_JIT_SIG}], 0
    je L14
L12:
    xor r10d, r10d
L13:
    mov qword ptr [r12 + 8*r9], r10
    inc r9
    cmp r8, r9
    jne L11
    jmp L0
L14:
    mov r10, qword ptr [rcx + 8*r9]
    jmp L13
L15:
    cmp rcx, 3
    je L17
    cmp rcx, 4
    je L23
    cmp rcx, 5
    jne L19
    mov rcx, rax
    btr rcx, 63
    movabs rdx, 9218868437227405312
    cmp rcx, rdx
    movabs rcx, 9221120237041090560
    cmovbe rcx, rax
L16:
    mov qword ptr [r14 + {abs32s:_JIT_A_OFF}], rcx
    jmp L24
L17:
    movq xmm0, rax
    cvttsd2si rax, xmm0
L18:
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    jmp L24
L19:
    mov qword ptr [r14 + {abs32s:_JIT_A_OFF}], rax
    jmp L24
L20:
    xorps xmm0, xmm0
    cvtsi2sd xmm0, rax
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm0
    jmp L24
L21:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    mov r12, rcx
    mov r13, rax
    jmp {rel32:jit_rt_fail}
L22:
    ret
L23:
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
L24:
    jmp {rel32:_JIT_CONTINUE}
