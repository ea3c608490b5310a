    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rsi
    jmp {rel32:_JIT_CONTINUE}
