    lea rax, [rsi + 3]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 2
    jmp {rel32:_JIT_CONTINUE}
