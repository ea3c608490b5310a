    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea r9, [rax + 31]
    test rax, rax
    cmovns r9, rax
    sar r9, 5
    jmp {rel32:_JIT_CONTINUE}
