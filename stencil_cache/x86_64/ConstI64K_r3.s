    mov rsi, {abs32s:_JIT_K}
    jmp {rel32:_JIT_CONTINUE}
