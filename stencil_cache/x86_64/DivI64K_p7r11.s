    lea rax, [r9 + 127]
    test r9, r9
    cmovs r9, rax
    sar r9, 7
    jmp {rel32:_JIT_CONTINUE}
