    cmp r9, r8
    jne {rel32:_JIT_TARGET}
    mov r8, r9
    jmp {rel32:_JIT_CONTINUE}
