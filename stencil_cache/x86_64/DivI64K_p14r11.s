    lea rax, [r9 + 16383]
    test r9, r9
    cmovs r9, rax
    sar r9, 14
    jmp {rel32:_JIT_CONTINUE}
