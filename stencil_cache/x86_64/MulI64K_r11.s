    mov rax, {abs32s:_JIT_K}
    imul r9, rax
    jmp {rel32:_JIT_CONTINUE}
