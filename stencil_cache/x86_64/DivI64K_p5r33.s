    lea rax, [rsi + 31]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 5
    jmp {rel32:_JIT_CONTINUE}
