    lea rax, [r9 + 7]
    test r9, r9
    cmovns rax, r9
    and rax, -8
    sub r9, rax
    jmp {rel32:_JIT_CONTINUE}
