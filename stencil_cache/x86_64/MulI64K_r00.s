    mov rax, {abs32s:_JIT_K}
    imul r8, rax
    jmp {rel32:_JIT_CONTINUE}
