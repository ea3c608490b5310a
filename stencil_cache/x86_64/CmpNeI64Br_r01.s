    cmp r8, r9
    jne {rel32:_JIT_TARGET}
    mov r9, r8
    jmp {rel32:_JIT_CONTINUE}
