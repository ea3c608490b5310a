    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rsi, [rax + 15]
    test rax, rax
    cmovns rsi, rax
    sar rsi, 4
    jmp {rel32:_JIT_CONTINUE}
