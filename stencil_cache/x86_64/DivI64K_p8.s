    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rcx, [rax + 255]
    test rax, rax
    cmovns rcx, rax
    sar rcx, 8
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rcx
    jmp {rel32:_JIT_CONTINUE}
