    lea rax, [r8 + 7]
    test r8, r8
    cmovs r8, rax
    sar r8, 3
    jmp {rel32:_JIT_CONTINUE}
