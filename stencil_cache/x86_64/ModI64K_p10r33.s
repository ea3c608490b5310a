    lea rax, [rsi + 1023]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -1024
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
