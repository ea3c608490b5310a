    cmp r8, r11
    jne L0
    mov r11, r8
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
