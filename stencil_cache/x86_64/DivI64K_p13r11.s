    lea rax, [r9 + 8191]
    test r9, r9
    cmovs r9, rax
    sar r9, 13
    jmp {rel32:_JIT_CONTINUE}
