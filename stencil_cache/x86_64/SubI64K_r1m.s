    mov r9, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    mov rax, {abs32s:_JIT_K}
    sub r9, rax
    jmp {rel32:_JIT_CONTINUE}
