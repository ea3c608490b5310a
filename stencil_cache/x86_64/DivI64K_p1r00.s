    mov rax, r8
    shr rax, 63
    add r8, rax
    sar r8
    jmp {rel32:_JIT_CONTINUE}
