    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rsi, [rax + 127]
    test rax, rax
    cmovns rsi, rax
    sar rsi, 7
    jmp {rel32:_JIT_CONTINUE}
