    mov rax, {abs32s:_JIT_K}
    sub r11, rax
    jmp {rel32:_JIT_CONTINUE}
