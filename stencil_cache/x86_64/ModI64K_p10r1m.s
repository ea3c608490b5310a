    mov r9, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rax, [r9 + 1023]
    test r9, r9
    cmovns rax, r9
    and rax, -1024
    sub r9, rax
    jmp {rel32:_JIT_CONTINUE}
