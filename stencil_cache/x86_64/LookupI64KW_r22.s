    cmp r11, {abs32s:_JIT_TABLE_LEN}
    jb L0
    mov edi, 2
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L0:
    mov rax, qword ptr [r15 + 112]
    mov r11, qword ptr [rax + 8*r11 + {abs32s:_JIT_TABLE}]
    jmp {rel32:_JIT_CONTINUE}
