    mov rax, qword ptr [r12 + {abs32s:_JIT_A_OFF}]
    ret
