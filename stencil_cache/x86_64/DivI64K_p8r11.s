    lea rax, [r9 + 255]
    test r9, r9
    cmovs r9, rax
    sar r9, 8
    jmp {rel32:_JIT_CONTINUE}
