    mov eax, {abs32:_JIT_PARAMS_I}
    cmp rax, {abs32s:_JIT_NREGS_I}
    jae L1
    xor eax, eax
    mov ecx, {abs32:_JIT_NREGS_I}
    cmp rcx, {abs32s:_JIT_PARAMS_I}
    je L1
    mov edx, {abs32:_JIT_PARAMS_I}
L0:
    mov qword ptr [r12 + 8*rdx], rax
    inc rdx
    cmp rcx, rdx
    jne L0
L1:
    mov eax, {abs32:_JIT_PARAMS_F}
    cmp rax, {abs32s:_JIT_NREGS_F}
    jae L3
    xor eax, eax
    mov ecx, {abs32:_JIT_NREGS_F}
    cmp rcx, {abs32s:_JIT_PARAMS_F}
    je L3
    mov edx, {abs32:_JIT_PARAMS_F}
L2:
    mov qword ptr [r13 + 8*rdx], rax
    inc rdx
    cmp rcx, rdx
    jne L2
L3:
    mov eax, {abs32:_JIT_PARAMS_C}
    cmp rax, {abs32s:_JIT_NREGS_C}
    jae L5
    xor eax, eax
    mov ecx, {abs32:_JIT_NREGS_C}
    cmp rcx, {abs32s:_JIT_PARAMS_C}
    je L5
    mov edx, {abs32:_JIT_PARAMS_C}
L4:
    mov qword ptr [r14 + 8*rdx], rax
    inc rdx
    cmp rcx, rdx
    jne L4
L5:
    jmp {rel32:_JIT_CONTINUE}
