    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov rcx, {abs32s:_JIT_K}
    cqo
    idiv rcx
    mov r8, rdx
    jmp {rel32:_JIT_CONTINUE}
