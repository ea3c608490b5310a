    mov rsi, qword ptr [r14 + {abs32s:_JIT_A_OFF}]
    mov rax, qword ptr [r15 + 72]
    mov ecx, esi
    shl rcx, 3
    movabs rdi, 281474976710655
    and rdi, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    movabs rdx, -1688849860263936
    or rdx, rdi
    mov rdi, qword ptr [rcx + rax]
    cmp rdi, qword ptr [rcx + rax + 8]
    jb L0
    push rax
    mov ecx, {abs32:_JIT_ERRLOC}
    mov rdi, r15
    call {rel32:jit_rt_list_push}
    test rax, rax
    lea rsp, [rsp + 8]
    jne L1
    xor eax, eax
    ret
L0:
    mov rsi, qword ptr [rcx + rax + 16]
    add rsi, rax
    mov qword ptr [rsi + 8*rdi], rdx
    inc rdi
    mov qword ptr [rcx + rax], rdi
L1:
    jmp {rel32:_JIT_CONTINUE}
