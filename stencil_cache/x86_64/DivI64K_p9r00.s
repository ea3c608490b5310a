    lea rax, [r8 + 511]
    test r8, r8
    cmovs r8, rax
    sar r8, 9
    jmp {rel32:_JIT_CONTINUE}
