    mov rax, qword ptr [r12 + {abs32s:_JIT_C_OFF}]
    add qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    jmp {rel32:_JIT_CONTINUE}
