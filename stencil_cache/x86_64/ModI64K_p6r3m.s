    mov rsi, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rax, [rsi + 63]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -64
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
