    lea rax, [rsi + 255]
    test rsi, rsi
    cmovns rax, rsi
    and rax, -256
    sub rsi, rax
    jmp {rel32:_JIT_CONTINUE}
