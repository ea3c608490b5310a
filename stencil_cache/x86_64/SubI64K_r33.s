    mov rax, {abs32s:_JIT_K}
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
