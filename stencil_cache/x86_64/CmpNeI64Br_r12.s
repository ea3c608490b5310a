    cmp r9, r11
    jne {rel32:_JIT_TARGET}
    mov r11, r9
    jmp {rel32:_JIT_CONTINUE}
