    lea rax, [rsi + 2047]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 11
    jmp {rel32:_JIT_CONTINUE}
