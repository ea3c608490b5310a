    mov rax, {abs32s:_JIT_K}
    imul r11, rax
    jmp {rel32:_JIT_CONTINUE}
