    lea rax, [r9 + 63]
    test r9, r9
    cmovs r9, rax
    sar r9, 6
    jmp {rel32:_JIT_CONTINUE}
