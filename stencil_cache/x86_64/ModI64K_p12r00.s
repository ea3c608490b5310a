    lea rax, [r8 + 4095]
    test r8, r8
    cmovns rax, r8
    and rax, -4096
    sub r8, rax
    jmp {rel32:_JIT_CONTINUE}
