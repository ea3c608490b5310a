    mov rsi, {abs32s:_JIT_NEG_K}
    add rsi, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    jmp {rel32:_JIT_CONTINUE}
