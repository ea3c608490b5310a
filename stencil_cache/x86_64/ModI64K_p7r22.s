    lea rax, [r11 + 127]
    test r11, r11
    cmovns rax, r11
    and rax, -128
    sub r11, rax
    jmp {rel32:_JIT_CONTINUE}
