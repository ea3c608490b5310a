    mov rax, {abs32s:_JIT_K}
    sub r9, rax
    jmp {rel32:_JIT_CONTINUE}
