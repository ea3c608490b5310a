    lea rax, [r9 + 1023]
    test r9, r9
    cmovs r9, rax
    sar r9, 10
    jmp {rel32:_JIT_CONTINUE}
