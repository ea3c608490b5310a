    lea rax, [rsi + 63]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 6
    jmp {rel32:_JIT_CONTINUE}
