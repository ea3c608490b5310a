    lea rax, [rsi + 31]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -32
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
