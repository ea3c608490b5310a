    mov rax, qword ptr [r14 + {abs32s:_JIT_B_OFF}]
    mov rcx, rax
    shr rcx, 48
    cmp ecx, 65529
    jne L1
    shr rax, 40
    and eax, 15
    jmp L2
L0:
    mov edi, 3
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L1:
    movabs rcx, -281474976710656
    movabs rdx, -4294967296
    and rdx, rax
    cmp rdx, rcx
    jne L0
    mov rcx, qword ptr [r15 + 72]
    mov eax, eax
    mov rax, qword ptr [rcx + 8*rax]
L2:
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    jmp {rel32:_JIT_CONTINUE}
