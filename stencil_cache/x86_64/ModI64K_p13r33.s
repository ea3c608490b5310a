    lea rax, [rsi + 8191]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -8192
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
