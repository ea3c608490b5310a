    lea rax, [r11 + 1023]
    test r11, r11
    cmovns rax, r11
    and rax, -1024
    sub r11, rax
    jmp {rel32:_JIT_CONTINUE}
