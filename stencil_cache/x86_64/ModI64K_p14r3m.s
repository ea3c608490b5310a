    mov rsi, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rax, [rsi + 16383]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -16384
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
