    lea rax, [r9 + 2047]
    test r9, r9
    cmovs r9, rax
    sar r9, 11
    jmp {rel32:_JIT_CONTINUE}
