    mov rcx, qword ptr [r14 + {abs32s:_JIT_A_OFF}]
    mov rax, qword ptr [r15 + 72]
    mov ecx, ecx
    shl rcx, 3
    cmp qword ptr [rcx + rax], r8
    ja L0
    mov edi, 2
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L0:
    add rax, qword ptr [rcx + rax + 16]
    movabs rcx, 281474976710655
    and rcx, rsi
    movabs rdx, -1688849860263936
    or rdx, rcx
    mov qword ptr [rax + 8*r8], rdx
    jmp {rel32:_JIT_CONTINUE}
