    lea rax, [r8 + 2047]
    test r8, r8
    cmovs r8, rax
    sar r8, 11
    jmp {rel32:_JIT_CONTINUE}
