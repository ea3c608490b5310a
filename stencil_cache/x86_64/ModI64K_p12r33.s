    lea rax, [rsi + 4095]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -4096
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
