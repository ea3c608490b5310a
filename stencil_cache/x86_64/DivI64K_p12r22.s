    lea rax, [r11 + 4095]
    test r11, r11
    cmovs r11, rax
    sar r11, 12
    jmp {rel32:_JIT_CONTINUE}
