    mov rax, qword ptr [r14 + {abs32s:_JIT_A_OFF}]
    ret
