    cmp r11, r8
    jne L0
    mov r8, r11
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
