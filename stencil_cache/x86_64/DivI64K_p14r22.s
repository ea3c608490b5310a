    lea rax, [r11 + 16383]
    test r11, r11
    cmovs r11, rax
    sar r11, 14
    jmp {rel32:_JIT_CONTINUE}
