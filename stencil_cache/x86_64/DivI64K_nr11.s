    mov rax, r9
    mov rcx, {abs32s:_JIT_K}
    cqo
    idiv rcx
    mov r9, rax
    jmp {rel32:_JIT_CONTINUE}
