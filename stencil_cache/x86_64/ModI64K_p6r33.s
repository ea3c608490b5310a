    lea rax, [rsi + 63]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -64
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
