    mov rax, qword ptr [r15 + 32]
    cmp rax, qword ptr [r15 + 40]
    jb L0
    mov edi, 4
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L0:
    jmp {rel32:_JIT_CONTINUE}
