    lea rax, [r11 + 7]
    test r11, r11
    cmovs r11, rax
    sar r11, 3
    jmp {rel32:_JIT_CONTINUE}
