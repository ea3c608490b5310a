    lea rax, [r11 + 4095]
    test r11, r11
    cmovns rax, r11
    and rax, -4096
    sub r11, rax
    jmp {rel32:_JIT_CONTINUE}
