    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rsi, [rax + 31]
    test rax, rax
    cmovns rsi, rax
    sar rsi, 5
    jmp {rel32:_JIT_CONTINUE}
