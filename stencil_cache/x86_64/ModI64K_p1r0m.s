    mov r8, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov rax, r8
    shr rax, 63
    add rax, r8
    and rax, -2
    sub r8, rax
    jmp {rel32:_JIT_CONTINUE}
