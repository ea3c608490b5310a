    mov rax, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    cmp rax, {abs32s:_JIT_TABLE_LEN}
    jb L0
    mov edi, 2
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L0:
    mov rcx, qword ptr [r15 + 112]
    mov r8, qword ptr [rcx + 8*rax + {abs32s:_JIT_TABLE}]
    jmp {rel32:_JIT_CONTINUE}
