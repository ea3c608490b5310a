    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov rcx, rax
    shr rcx, 63
    add rcx, rax
    sar rcx
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rcx
    jmp {rel32:_JIT_CONTINUE}
