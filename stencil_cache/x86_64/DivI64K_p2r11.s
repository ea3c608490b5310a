    lea rax, [r9 + 3]
    test r9, r9
    cmovs r9, rax
    sar r9, 2
    jmp {rel32:_JIT_CONTINUE}
