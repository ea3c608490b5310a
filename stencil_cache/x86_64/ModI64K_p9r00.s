    lea rax, [r8 + 511]
    test r8, r8
    cmovns rax, r8
    and rax, -512
    sub r8, rax
    jmp {rel32:_JIT_CONTINUE}
