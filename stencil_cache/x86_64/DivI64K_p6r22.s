    lea rax, [r11 + 63]
    test r11, r11
    cmovs r11, rax
    sar r11, 6
    jmp {rel32:_JIT_CONTINUE}
