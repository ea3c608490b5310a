    mov rax, {abs32s:_JIT_NEG_K}
    add rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    jmp {rel32:_JIT_CONTINUE}
