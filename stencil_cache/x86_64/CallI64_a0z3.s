    push rbp
    sub rsp, 32
    mov rbp, r15
    mov rcx, qword ptr [r15 + 32]
    cmp rcx, qword ptr [r15 + 40]
    jae L0
    lea rax, [r12 + {abs32s:_JIT_CALLEE_END_I_OFF}]
    cmp qword ptr [rbp + 48], rax
    jb L0
    mov qword ptr [rsp + 8], r14
    lea r14, [r14 + {abs32s:_JIT_FRAME_C_OFF}]
    mov qword ptr [rsp], r13
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_OFF}]
    mov qword ptr [rsp + 16], r12
    lea r12, [r12 + {abs32s:_JIT_FRAME_I_OFF}]
    xor eax, eax
    mov qword ptr [r12], rax
    mov qword ptr [r12 + 8], rax
    mov qword ptr [r12 + 16], rax
    lea rax, [rcx + 1]
    mov qword ptr [rbp + 32], rax
    mov r15, rbp
    mov qword ptr [rsp + 24], rcx
    call {rel32:_JIT_CALLEE}
    mov rcx, qword ptr [rsp + 24]
    mov qword ptr [rbp + 32], rcx
    xor ecx, ecx
    cmp qword ptr [rbp], rcx
    je L1
    add rsp, 32
    pop rbp
    ret
L0:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    mov r15, rbp
    add rsp, 32
    pop rbp
    jmp {rel32:jit_rt_fail}
L1:
    mov r12, qword ptr [rsp + 16]
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    mov r13, qword ptr [rsp]
    mov r14, qword ptr [rsp + 8]
    mov r15, rbp
    add rsp, 32
    pop rbp
    jmp {rel32:_JIT_CONTINUE}
