    cmp r9, r8
    jne L0
    mov r8, r9
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
