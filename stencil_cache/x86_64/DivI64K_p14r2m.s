    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea r11, [rax + 16383]
    test rax, rax
    cmovns r11, rax
    sar r11, 14
    jmp {rel32:_JIT_CONTINUE}
