    mov rax, r8
    shr rax, 63
    add rax, r8
    and rax, -2
    sub r8, rax
    jmp {rel32:_JIT_CONTINUE}
