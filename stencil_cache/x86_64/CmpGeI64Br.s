    mov rax, qword ptr [r12 + {abs32s:_JIT_A_OFF}]
    cmp rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    jge {rel32:_JIT_TARGET}
    jmp {rel32:_JIT_CONTINUE}
