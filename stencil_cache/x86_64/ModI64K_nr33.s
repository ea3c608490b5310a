    mov rax, rsi
    mov rcx, {abs32s:_JIT_K}
    cqo
    idiv rcx
    mov rsi, rdx
    mov rdx, rax
    jmp {rel32:_JIT_CONTINUE}
