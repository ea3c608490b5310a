    lea rax, [r11 + 63]
    test r11, r11
    cmovns rax, r11
    and rax, -64
    sub r11, rax
    jmp {rel32:_JIT_CONTINUE}
