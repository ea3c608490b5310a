    lea rax, [r8 + 63]
    test r8, r8
    cmovs r8, rax
    sar r8, 6
    jmp {rel32:_JIT_CONTINUE}
