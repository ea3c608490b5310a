    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov r9, rax
    shr r9, 63
    add r9, rax
    sar r9
    jmp {rel32:_JIT_CONTINUE}
