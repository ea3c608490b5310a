    lea rax, [r8 + 127]
    test r8, r8
    cmovs r8, rax
    sar r8, 7
    jmp {rel32:_JIT_CONTINUE}
