    lea rax, [rsi + 1023]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 10
    jmp {rel32:_JIT_CONTINUE}
