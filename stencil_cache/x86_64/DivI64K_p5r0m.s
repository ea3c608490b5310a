    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea r8, [rax + 31]
    test rax, rax
    cmovns r8, rax
    sar r8, 5
    jmp {rel32:_JIT_CONTINUE}
