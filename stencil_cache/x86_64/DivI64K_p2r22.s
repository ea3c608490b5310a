    lea rax, [r11 + 3]
    test r11, r11
    cmovs r11, rax
    sar r11, 2
    jmp {rel32:_JIT_CONTINUE}
