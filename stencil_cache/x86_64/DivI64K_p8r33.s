    lea rax, [rsi + 255]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 8
    jmp {rel32:_JIT_CONTINUE}
