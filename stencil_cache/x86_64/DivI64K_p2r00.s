    lea rax, [r8 + 3]
    test r8, r8
    cmovs r8, rax
    sar r8, 2
    jmp {rel32:_JIT_CONTINUE}
