    mov rsi, qword ptr [r14 + {abs32s:_JIT_A_OFF}]
    mov rax, rsi
    shr rax, 32
    cmp eax, -61440
    jne L0
    mov rax, qword ptr [r15 + 72]
    mov ecx, esi
    shl rcx, 3
    movabs rdi, 281474976710655
    and rdi, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    movabs rdx, -1688849860263936
    or rdx, rdi
    mov rdi, qword ptr [rax + rcx]
    cmp rdi, qword ptr [rax + rcx + 8]
    jb L1
    push rax
    mov ecx, {abs32:_JIT_ERRLOC}
    mov rdi, r15
    call {rel32:jit_rt_list_push}
    test rax, rax
    lea rsp, [rsp + 8]
    jne L2
    xor eax, eax
    ret
L0:
    mov edi, 3
    mov esi, {abs32:_JIT_ERRLOC}
    jmp {rel32:jit_rt_fail}
L1:
    mov rsi, qword ptr [rax + rcx + 16]
    add rsi, rax
    mov qword ptr [rsi + 8*rdi], rdx
    inc rdi
    mov qword ptr [rax + rcx], rdi
L2:
    jmp {rel32:_JIT_CONTINUE}
