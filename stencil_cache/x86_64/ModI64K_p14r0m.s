    mov r8, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    lea rax, [r8 + 16383]
    test r8, r8
    cmovns rax, r8
    and rax, -16384
    sub r8, rax
    jmp {rel32:_JIT_CONTINUE}
