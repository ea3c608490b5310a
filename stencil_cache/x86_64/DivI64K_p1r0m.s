    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov r8, rax
    shr r8, 63
    add r8, rax
    sar r8
    jmp {rel32:_JIT_CONTINUE}
