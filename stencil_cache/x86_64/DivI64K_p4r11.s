    lea rax, [r9 + 15]
    test r9, r9
    cmovs r9, rax
    sar r9, 4
    jmp {rel32:_JIT_CONTINUE}
