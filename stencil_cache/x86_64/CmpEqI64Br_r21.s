    cmp r11, r9
    jne L0
    mov r9, r11
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
