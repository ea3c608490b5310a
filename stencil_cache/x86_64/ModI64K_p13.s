    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rcx, [rax + 8191]
    test rax, rax
    cmovns rcx, rax
    and rcx, -8192
    sub rax, rcx
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    jmp {rel32:_JIT_CONTINUE}
