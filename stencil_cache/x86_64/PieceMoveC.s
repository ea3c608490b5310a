    mov rax, qword ptr [r14 + {abs32s:_JIT_B_OFF}]
    mov qword ptr [r14 + {abs32s:_JIT_A_OFF}], rax
    jmp {rel32:_JIT_CONTINUE}
