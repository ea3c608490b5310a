    mov rax, r9
    shr rax, 63
    add r9, rax
    sar r9
    jmp {rel32:_JIT_CONTINUE}
