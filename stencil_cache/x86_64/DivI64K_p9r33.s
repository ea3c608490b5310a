    lea rax, [rsi + 511]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 9
    jmp {rel32:_JIT_CONTINUE}
