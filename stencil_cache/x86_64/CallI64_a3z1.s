    push rbp
    sub rsp, 32
    mov rbp, r12
    mov rcx, qword ptr [r15 + 32]
    cmp rcx, qword ptr [r15 + 40]
    jae L0
    lea rax, [rbp + {abs32s:_JIT_CALLEE_END_I_OFF}]
    cmp qword ptr [r15 + 48], rax
    jb L0
    mov qword ptr [rsp + 16], r14
    lea r14, [r14 + {abs32s:_JIT_FRAME_C_OFF}]
    mov qword ptr [rsp + 8], r13
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_OFF}]
    lea r12, [rbp + {abs32s:_JIT_FRAME_I_OFF}]
    mov rax, qword ptr [rbp + {abs32s:_JIT_B_OFF}]
    mov qword ptr [r12], rax
    mov rax, qword ptr [rbp + {abs32s:_JIT_B_OFF+8}]
    mov qword ptr [r12 + 8], rax
    mov rax, qword ptr [rbp + {abs32s:_JIT_B_OFF+16}]
    mov qword ptr [r12 + 16], rax
    mov qword ptr [r12 + 24], 0
    lea rax, [rcx + 1]
    mov qword ptr [r15 + 32], rax
    mov qword ptr [rsp], r15
    mov r15, qword ptr [rsp]
    mov qword ptr [rsp + 24], rcx
    call {rel32:_JIT_CALLEE}
    mov r15, qword ptr [rsp]
    mov rcx, qword ptr [rsp + 24]
    mov qword ptr [r15 + 32], rcx
    cmp qword ptr [r15], 0
    je L1
    add rsp, 32
    pop rbp
    ret
L0:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    mov r12, rbp
    add rsp, 32
    pop rbp
    jmp {rel32:jit_rt_fail}
L1:
    mov qword ptr [rbp + {abs32s:_JIT_A_OFF}], rax
    mov r12, rbp
    mov r13, qword ptr [rsp + 8]
    mov r14, qword ptr [rsp + 16]
    add rsp, 32
    pop rbp
    jmp {rel32:_JIT_CONTINUE}
