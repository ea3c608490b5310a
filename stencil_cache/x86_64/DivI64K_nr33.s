    mov rax, rsi
    mov rcx, {abs32s:_JIT_K}
    cqo
    idiv rcx
    mov rsi, rax
    jmp {rel32:_JIT_CONTINUE}
