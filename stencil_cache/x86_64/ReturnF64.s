    mov rax, qword ptr [r13 + {abs32s:_JIT_A_OFF}]
    ret
