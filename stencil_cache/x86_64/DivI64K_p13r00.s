    lea rax, [r8 + 8191]
    test r8, r8
    cmovs r8, rax
    sar r8, 13
    jmp {rel32:_JIT_CONTINUE}
