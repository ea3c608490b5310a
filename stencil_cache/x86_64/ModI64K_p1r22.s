    mov rax, r11
    shr rax, 63
    add rax, r11
    and rax, -2
    sub r11, rax
    jmp {rel32:_JIT_CONTINUE}
