    lea rax, [r11 + 8191]
    test r11, r11
    cmovs r11, rax
    sar r11, 13
    jmp {rel32:_JIT_CONTINUE}
