    lea rax, [rsi + 3]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -4
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
