    cmp r8, r11
    jne {rel32:_JIT_TARGET}
    mov r11, r8
    jmp {rel32:_JIT_CONTINUE}
