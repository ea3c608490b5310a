    mov rax, r8
    mov rcx, {abs32s:_JIT_K}
    cqo
    idiv rcx
    mov r8, rax
    jmp {rel32:_JIT_CONTINUE}
