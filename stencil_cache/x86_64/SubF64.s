    movsd xmm0, qword ptr [r13 + {abs32s:_JIT_B_OFF}]
    subsd xmm0, qword ptr [r13 + {abs32s:_JIT_C_OFF}]
    ucomisd xmm0, xmm0
    movq rax, xmm0
    movabs rcx, 9221120237041090560
    cmovnp rcx, rax
    mov qword ptr [r13 + {abs32s:_JIT_A_OFF}], rcx
    jmp {rel32:_JIT_CONTINUE}
