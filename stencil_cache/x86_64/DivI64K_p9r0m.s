    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea r8, [rax + 511]
    test rax, rax
    cmovns r8, rax
    sar r8, 9
    jmp {rel32:_JIT_CONTINUE}
