    lea rax, [r11 + 511]
    test r11, r11
    cmovs r11, rax
    sar r11, 9
    jmp {rel32:_JIT_CONTINUE}
