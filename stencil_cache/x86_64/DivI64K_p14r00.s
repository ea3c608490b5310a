    lea rax, [r8 + 16383]
    test r8, r8
    cmovs r8, rax
    sar r8, 14
    jmp {rel32:_JIT_CONTINUE}
