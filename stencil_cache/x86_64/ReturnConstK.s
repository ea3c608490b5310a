    mov rax, {abs32s:_JIT_K}
    ret
