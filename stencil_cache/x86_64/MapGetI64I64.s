    push rax
    mov rsi, qword ptr [r14 + {abs32s:_JIT_B_OFF}]
    mov rdx, qword ptr [r12 + {abs32s:_JIT_C_OFF}]
    mov ecx, {abs32:_JIT_ERRLOC}
    mov rdi, r15
    call {rel32:jit_rt_map_get}
    test rax, rax
    jne L0
    xor eax, eax
    pop rcx
    ret
L0:
    shl rax, 16
    sar rax, 16
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    pop rax
    jmp {rel32:_JIT_CONTINUE}
