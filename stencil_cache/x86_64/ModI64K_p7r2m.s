    mov r11, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rax, [r11 + 127]
    test r11, r11
    cmovns rax, r11
    and rax, -128
    sub r11, rax
    jmp {rel32:_JIT_CONTINUE}
