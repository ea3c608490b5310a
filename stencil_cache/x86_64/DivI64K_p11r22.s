    lea rax, [r11 + 2047]
    test r11, r11
    cmovs r11, rax
    sar r11, 11
    jmp {rel32:_JIT_CONTINUE}
