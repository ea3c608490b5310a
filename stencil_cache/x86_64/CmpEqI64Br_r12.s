    cmp r9, r11
    jne L0
    mov r11, r9
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
