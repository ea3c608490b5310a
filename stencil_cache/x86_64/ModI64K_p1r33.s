    mov rax, rsi
    shr rax, 63
    add rax, rsi
    and rax, -2
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
