    lea rax, [rsi + 8191]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 13
    jmp {rel32:_JIT_CONTINUE}
