    lea rax, [r8 + 3]
    test r8, r8
    cmovns rax, r8
    and rax, -4
    sub r8, rax
    jmp {rel32:_JIT_CONTINUE}
