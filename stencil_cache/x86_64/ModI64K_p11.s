    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rcx, [rax + 2047]
    test rax, rax
    cmovns rcx, rax
    and rcx, -2048
    sub rax, rcx
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    jmp {rel32:_JIT_CONTINUE}
