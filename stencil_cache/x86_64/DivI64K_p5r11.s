    lea rax, [r9 + 31]
    test r9, r9
    cmovs r9, rax
    sar r9, 5
    jmp {rel32:_JIT_CONTINUE}
