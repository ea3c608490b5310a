    lea rax, [r8 + 15]
    test r8, r8
    cmovs r8, rax
    sar r8, 4
    jmp {rel32:_JIT_CONTINUE}
