    lea rax, [r11 + 2047]
    test r11, r11
    cmovns rax, r11
    and rax, -2048
    sub r11, rax
    jmp {rel32:_JIT_CONTINUE}
