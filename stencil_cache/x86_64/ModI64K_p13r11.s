    lea rax, [r9 + 8191]
    test r9, r9
    cmovns rax, r9
    and rax, -8192
    sub r9, rax
    jmp {rel32:_JIT_CONTINUE}
