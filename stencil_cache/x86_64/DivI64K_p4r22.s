    lea rax, [r11 + 15]
    test r11, r11
    cmovs r11, rax
    sar r11, 4
    jmp {rel32:_JIT_CONTINUE}
