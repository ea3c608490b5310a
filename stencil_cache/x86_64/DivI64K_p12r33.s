    lea rax, [rsi + 4095]
    test rsi, rsi
    cmovs rsi, rax
    sar rsi, 12
    jmp {rel32:_JIT_CONTINUE}
