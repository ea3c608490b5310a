    lea rax, [r8 + 31]
    test r8, r8
    cmovs r8, rax
    sar r8, 5
    jmp {rel32:_JIT_CONTINUE}
