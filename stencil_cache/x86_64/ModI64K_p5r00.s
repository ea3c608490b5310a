    lea rax, [r8 + 31]
    test r8, r8
    cmovns rax, r8
    and rax, -32
    sub r8, rax
    jmp {rel32:_JIT_CONTINUE}
