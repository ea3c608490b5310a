    mov r9, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov rax, r9
    shr rax, 63
    add rax, r9
    and rax, -2
    sub r9, rax
    jmp {rel32:_JIT_CONTINUE}
