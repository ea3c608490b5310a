    mov rax, r11
    mov rcx, {abs32s:_JIT_K}
    cqo
    idiv rcx
    mov r11, rax
    jmp {rel32:_JIT_CONTINUE}
