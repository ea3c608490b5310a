    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rsi, [rax + 511]
    test rax, rax
    cmovns rsi, rax
    sar rsi, 9
    jmp {rel32:_JIT_CONTINUE}
