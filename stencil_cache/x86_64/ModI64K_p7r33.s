    lea rax, [rsi + 127]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -128
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
