    movabs rax, -9223372036854775808
    xor rax, qword ptr [r13 + {abs32s:_JIT_B_OFF}]
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rax
    jmp {rel32:_JIT_CONTINUE}
