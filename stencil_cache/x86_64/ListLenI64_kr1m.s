    mov rax, qword ptr [r14 + {abs32s:_JIT_B_OFF}]
    mov rcx, qword ptr [r15 + 72]
    mov eax, eax
    mov r9, qword ptr [rcx + 8*rax]
    jmp {rel32:_JIT_CONTINUE}
