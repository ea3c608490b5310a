    lea rax, [rsi + 7]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -8
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
