    cmp r11, {abs32s:_JIT_K}
    jne {rel32:_JIT_TARGET}
    mov r11, {abs32s:_JIT_K}
    jmp {rel32:_JIT_CONTINUE}
