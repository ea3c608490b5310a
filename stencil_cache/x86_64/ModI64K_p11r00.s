    lea rax, [r8 + 2047]
    test r8, r8
    cmovns rax, r8
    and rax, -2048
    sub r8, rax
    jmp {rel32:_JIT_CONTINUE}
