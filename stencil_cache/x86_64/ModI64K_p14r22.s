    lea rax, [r11 + 16383]
    test r11, r11
    cmovns rax, r11
    and rax, -16384
    sub r11, rax
    jmp {rel32:_JIT_CONTINUE}
