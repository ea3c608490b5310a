    mov rcx, qword ptr [r15 + 32]
    cmp rcx, qword ptr [r15 + 40]
    jae L0
    lea rax, [r14 + {abs32s:_JIT_CALLEE_END_C_OFF}]
    cmp qword ptr [r15 + 64], rax
    jb L0
    lea rax, [r14 + {abs32s:_JIT_FRAME_C_OFF}]
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_OFF}]
    lea r12, [r12 + {abs32s:_JIT_FRAME_I_OFF}]
    mov rdx, qword ptr [r14 + {abs32s:_JIT_B_OFF}]
    mov qword ptr [rax], rdx
    mov rdx, qword ptr [r14 + {abs32s:_JIT_B_OFF+8}]
    mov qword ptr [rax + 8], rdx
    mov rdx, qword ptr [r14 + {abs32s:_JIT_B_OFF+16}]
    mov qword ptr [rax + 16], rdx
    xor edx, edx
    mov qword ptr [rax + 24], rdx
    mov qword ptr [rax + 32], rdx
    mov qword ptr [rax + 40], rdx
    inc rcx
    mov qword ptr [r15 + 32], rcx
    mov r14, rax
    push rax
    call {rel32:_JIT_CALLEE}
    pop rcx
    dec qword ptr [r15 + 32]
    cmp qword ptr [r15], 0
    je L1
    ret
L0:
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L1:
    lea r12, [r12 + {abs32s:_JIT_FRAME_I_BACK}]
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_BACK}]
    lea r14, [r14 + {abs32s:_JIT_FRAME_C_BACK}]
    mov qword ptr [r14 + {abs32s:_JIT_A_OFF}], rax
    jmp {rel32:_JIT_CONTINUE}
