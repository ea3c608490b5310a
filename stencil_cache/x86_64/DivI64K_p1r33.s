    mov rax, rsi
    shr rax, 63
    add rsi, rax
    sar rsi
    jmp {rel32:_JIT_CONTINUE}
