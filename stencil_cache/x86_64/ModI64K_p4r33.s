    lea rax, [rsi + 15]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -16
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
