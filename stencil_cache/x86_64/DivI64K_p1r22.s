    mov rax, r11
    shr rax, 63
    add r11, rax
    sar r11
    jmp {rel32:_JIT_CONTINUE}
