    mov rax, qword ptr [r15 + 32]
    mov rcx, qword ptr [r15 + 120]
    mov rdx, qword ptr [r15 + 136]
    mov qword ptr [rdx + 8*rax], rcx
    mov rax, qword ptr [r15 + 80]
    mov qword ptr [r15 + 120], rax
    inc qword ptr [r15 + 32]
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_OFF}]
    lea r14, [r14 + {abs32s:_JIT_FRAME_C_OFF}]
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
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_BACK}]
    lea r14, [r14 + {abs32s:_JIT_FRAME_C_BACK}]
    mov rdx, qword ptr [r15 + 120]
    mov rsi, qword ptr [r15 + 128]
    cmp rdx, rsi
    cmova rsi, rdx
    mov qword ptr [r15 + 80], rsi
    mov rdx, qword ptr [r15 + 136]
    mov rcx, qword ptr [rdx + 8*rcx - 8]
    xorps xmm0, xmm0
    cvtsi2sd xmm0, rax
    mov qword ptr [r15 + 120], rcx
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm0
    jmp {rel32:_JIT_CONTINUE}
