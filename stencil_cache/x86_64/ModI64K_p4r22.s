    lea rax, [r11 + 15]
    test r11, r11
    cmovns rax, r11
    and rax, -16
    sub r11, rax
    jmp {rel32:_JIT_CONTINUE}
