    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov rsi, rax
    shr rsi, 63
    add rsi, rax
    sar rsi
    jmp {rel32:_JIT_CONTINUE}
