    mov rsi, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov rax, rsi
    shr rax, 63
    add rax, rsi
    and rax, -2
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
