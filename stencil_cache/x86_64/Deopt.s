    mov qword ptr [r15 + 96], {abs32s:_JIT_DEOPT_PC}
    mov qword ptr [r15], 2
    xor eax, eax
    ret
