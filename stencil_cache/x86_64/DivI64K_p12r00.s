    lea rax, [r8 + 4095]
    test r8, r8
    cmovs r8, rax
    sar r8, 12
    jmp {rel32:_JIT_CONTINUE}
