    cmp r11, r9
    jne {rel32:_JIT_TARGET}
    mov r9, r11
    jmp {rel32:_JIT_CONTINUE}
