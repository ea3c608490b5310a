    lea rax, [r11 + 255]
    test r11, r11
    cmovs r11, rax
    sar r11, 8
    jmp {rel32:_JIT_CONTINUE}
