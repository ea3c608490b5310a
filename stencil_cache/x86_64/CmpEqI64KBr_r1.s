    cmp r9, {abs32s:_JIT_K}
    jne L0
    mov r9, {abs32s:_JIT_K}
    jmp {rel32:_JIT_TARGET}
L0:
    jmp {rel32:_JIT_CONTINUE}
