    lea rax, [r9 + 3]
    test r9, r9
    cmovns rax, r9
    and rax, -4
    sub r9, rax
    jmp {rel32:_JIT_CONTINUE}
