    cmp r8, r9
    jne L0
    mov r9, r8
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
