    lea rax, [r8 + 1023]
    test r8, r8
    cmovs r8, rax
    sar r8, 10
    jmp {rel32:_JIT_CONTINUE}
