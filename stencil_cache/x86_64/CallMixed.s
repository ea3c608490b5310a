    mov rax, r12
    mov rdx, qword ptr [r15 + 32]
    cmp rdx, qword ptr [r15 + 40]
    jae L20
    lea rcx, [rax + {abs32s:_JIT_CALLEE_END_I_OFF}]
    cmp qword ptr [r15 + 48], rcx
    jb L20
    lea rcx, [r13 + {abs32s:_JIT_CALLEE_END_F_OFF}]
    cmp qword ptr [r15 + 56], rcx
    jb L20
    lea rcx, [r14 + {abs32s:_JIT_CALLEE_END_C_OFF}]
    cmp qword ptr [r15 + 64], rcx
    jb L20
    lea r12, [rax + {abs32s:_JIT_FRAME_I_OFF}]
    mov rsi, qword ptr [r15 + 112]
    mov edi, {abs32:_JIT_NARGS}
    mov ecx, {abs32:_JIT_CALLEE_I}
    test rcx, rcx
    jne L9
L0:
    lea rax, [r13 + {abs32s:_JIT_FRAME_F_OFF}]
    mov ecx, {abs32:_JIT_CALLEE_F}
    test rcx, rcx
    je L4
    lea r8, [r13 + {abs32s:_JIT_B_OFF}]
    xor r9d, r9d
L1:
    cmp r9, rdi
    jae L2
    cmp byte ptr [rsi + r9 + {abs32s:_JIT_SIG}], 1
    jne L2
    mov r10, qword ptr [r8 + 8*r9]
    jmp L3
L2:
    xor r10d, r10d
L3:
    mov qword ptr [rax + 8*r9], r10
    inc r9
    cmp rcx, r9
    jne L1
L4:
    lea rcx, [r14 + {abs32s:_JIT_FRAME_C_OFF}]
    mov r8d, {abs32:_JIT_CALLEE_C}
    test r8, r8
    je L8
    lea r9, [r14 + {abs32s:_JIT_B_OFF}]
    xor r10d, r10d
L5:
    cmp r10, rdi
    jae L6
    cmp byte ptr [rsi + r10 + {abs32s:_JIT_SIG}], 2
    jne L6
    mov r11, qword ptr [r9 + 8*r10]
    jmp L7
L6:
    xor r11d, r11d
L7:
    mov qword ptr [rcx + 8*r10], r11
    inc r10
    cmp r8, r10
    jne L5
L8:
    inc rdx
    mov qword ptr [r15 + 32], rdx
    mov r13, rax
    mov r14, rcx
    push rax
    call {rel32:_JIT_CALLEE}
    pop rcx
    dec qword ptr [r15 + 32]
    cmp qword ptr [r15], 0
    jne L21
    lea r12, [r12 + {abs32s:_JIT_FRAME_I_BACK}]
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_BACK}]
    lea r14, [r14 + {abs32s:_JIT_FRAME_C_BACK}]
    mov ecx, {abs32:_JIT_CONV}
    cmp rcx, 2
    jg L14
    test rcx, rcx
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
    lea rax, [rax + {abs32s:_JIT_B_OFF}]
    xor r8d, r8d
L10:
    cmp r8, rdi
    jae L11
    cmp byte ptr [rsi + r8 + {abs32s:_JIT_SIG}], 0
    je L13
L11:
    xor r9d, r9d
L12:
    mov qword ptr [r12 + 8*r8], r9
    inc r8
    cmp rcx, r8
    jne L10
    jmp L0
L13:
    mov r9, qword ptr [rax + 8*r8]
    jmp L12
L14:
    cmp rcx, 3
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
    xorps xmm0, xmm0
    cvtsi2sd xmm0, rax
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm0
    jmp L23
L20:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    mov r12, rax
    jmp {rel32:jit_rt_fail}
L21:
    ret
L22:
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
L23:
    jmp {rel32:_JIT_CONTINUE}
