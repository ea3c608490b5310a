    mov r11, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov rax, r11
    shr rax, 63
    add rax, r11
    and rax, -2
    sub r11, rax
    jmp {rel32:_JIT_CONTINUE}
