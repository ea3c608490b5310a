    lea rax, [r9 + 511]
    test r9, r9
    cmovns rax, r9
    and rax, -512
    sub r9, rax
    jmp {rel32:_JIT_CONTINUE}
