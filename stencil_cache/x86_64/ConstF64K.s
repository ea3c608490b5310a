    movabs rax, {abs64:_JIT_BITS}
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
    jmp {rel32:_JIT_CONTINUE}
