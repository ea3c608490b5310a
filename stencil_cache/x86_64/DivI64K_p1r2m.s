    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov r11, rax
    shr r11, 63
    add r11, rax
    sar r11
    jmp {rel32:_JIT_CONTINUE}
