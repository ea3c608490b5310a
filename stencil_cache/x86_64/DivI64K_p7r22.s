    lea rax, [r11 + 127]
    test r11, r11
    cmovs r11, rax
    sar r11, 7
    jmp {rel32:_JIT_CONTINUE}
