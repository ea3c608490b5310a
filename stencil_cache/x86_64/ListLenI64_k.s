    mov rax, qword ptr [r14 + {abs32s:_JIT_B_OFF}]
    mov rcx, qword ptr [r15 + 72]
    mov eax, eax
    mov rax, qword ptr [rcx + 8*rax]
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    jmp {rel32:_JIT_CONTINUE}
