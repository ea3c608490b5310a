    lea rax, [r11 + 31]
    test r11, r11
    cmovs r11, rax
    sar r11, 5
    jmp {rel32:_JIT_CONTINUE}
