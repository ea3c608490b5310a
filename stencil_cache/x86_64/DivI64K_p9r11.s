    lea rax, [r9 + 511]
    test r9, r9
    cmovs r9, rax
    sar r9, 9
    jmp {rel32:_JIT_CONTINUE}
