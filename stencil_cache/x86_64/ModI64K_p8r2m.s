    mov r11, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rax, [r11 + 255]
    test r11, r11
    cmovns rax, r11
    and rax, -256
    sub r11, rax
    jmp {rel32:_JIT_CONTINUE}
