    lea rax, [rsi + 15]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 4
    jmp {rel32:_JIT_CONTINUE}
