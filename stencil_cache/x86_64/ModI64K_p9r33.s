    lea rax, [rsi + 511]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -512
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
