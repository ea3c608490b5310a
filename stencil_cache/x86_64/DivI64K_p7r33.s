    lea rax, [rsi + 127]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 7
    jmp {rel32:_JIT_CONTINUE}
