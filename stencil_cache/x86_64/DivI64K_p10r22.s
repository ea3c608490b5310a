    lea rax, [r11 + 1023]
    test r11, r11
    cmovs r11, rax
    sar r11, 10
    jmp {rel32:_JIT_CONTINUE}
