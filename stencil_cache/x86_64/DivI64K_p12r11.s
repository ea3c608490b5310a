    lea rax, [r9 + 4095]
    test r9, r9
    cmovs r9, rax
    sar r9, 12
    jmp {rel32:_JIT_CONTINUE}
