    mov rax, {abs32s:_JIT_K}
    imul rsi, rax
    jmp {rel32:_JIT_CONTINUE}
