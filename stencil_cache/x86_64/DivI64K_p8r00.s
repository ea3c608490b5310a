    lea rax, [r8 + 255]
    test r8, r8
    cmovs r8, rax
    sar r8, 8
    jmp {rel32:_JIT_CONTINUE}
