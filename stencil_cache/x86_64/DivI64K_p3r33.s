    lea rax, [rsi + 7]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 3
    jmp {rel32:_JIT_CONTINUE}
