    mov rax, qword ptr [r15 + 32]
    mov rcx, qword ptr [r15 + 120]
    mov rdx, qword ptr [r15 + 136]
    mov qword ptr [rdx + 8*rax], rcx
    mov rax, qword ptr [r15 + 80]
    mov qword ptr [r15 + 120], rax
    inc qword ptr [r15 + 32]
    lea r12, [r12 + {abs32s:_JIT_FRAME_I_OFF}]
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_OFF}]
    push rax
    call {rel32:_JIT_CALLEE}
    pop rcx
    mov rcx, qword ptr [r15 + 32]
    lea rdx, [rcx - 1]
    mov qword ptr [r15 + 32], rdx
    cmp qword ptr [r15], 0
    je L0
    ret
L0:
    lea r12, [r12 + {abs32s:_JIT_FRAME_I_BACK}]
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_BACK}]
    mov rdx, qword ptr [r15 + 120]
    mov rsi, qword ptr [r15 + 128]
    cmp rdx, rsi
    cmova rsi, rdx
    mov qword ptr [r15 + 80], rsi
    mov rdx, qword ptr [r15 + 136]
    mov rcx, qword ptr [rdx + 8*rcx - 8]
    mov rdx, rax
    btr rdx, 63
    movabs rsi, 9218868437227405312
    cmp rdx, rsi
    movabs rdx, 9221120237041090560
    cmovbe rdx, rax
    mov qword ptr [r15 + 120], rcx
    mov qword ptr [r14 + {abs32s:_JIT_A_OFF}], rdx
    jmp {rel32:_JIT_CONTINUE}
