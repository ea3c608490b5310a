    lea rax, [rsi + 16383]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 14
    jmp {rel32:_JIT_CONTINUE}
