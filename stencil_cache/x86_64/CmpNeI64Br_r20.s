    cmp r11, r8
    jne {rel32:_JIT_TARGET}
    mov r8, r11
    jmp {rel32:_JIT_CONTINUE}
