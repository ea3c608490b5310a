    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    sub rsp, 2104
    mov r14, rdx
    mov qword ptr [rsp + 8], rsi
    mov rax, rdi
    shr rax, 52
    and eax, 2047
    movabs rcx, 4503599627370495
    and rdi, rcx
    lea rdx, [rax - 1075]
    test rax, rax
    lea r12, [rdi + rcx + 1]
    cmove r12, rdi
    mov r15, -1074
    cmovne r15, rdx
    test rdi, rdi
    sete cl
    cmp rax, 2
    setae al
    and al, cl
    movzx r13d, al
    mov eax, r12d
    and eax, 1
    mov qword ptr [rsp], rax
    test r15, r15
    js L0
    lea rbx, [rsp + 1064]
    mov rdi, rbx
    mov rsi, r12
    call {rel32:jit_aot_big_set}
    lea rbp, [r15 + r13]
    lea rsi, [r15 + r13]
    inc rsi
    mov rdi, rbx
    call {rel32:jit_aot_big_shl}
    mov esi, 2
    mov ecx, r13d
    shl rsi, cl
    lea rdi, [rsp + 544]
    call {rel32:jit_aot_big_set}
    lea rbx, [rsp + 24]
    mov esi, 1
    mov rdi, rbx
    call {rel32:jit_aot_big_set}
    mov rdi, rbx
    mov rsi, rbp
    call {rel32:jit_aot_big_shl}
    lea rbx, [rsp + 1584]
    mov esi, 1
    mov rdi, rbx
    call {rel32:jit_aot_big_set}
    mov rdi, rbx
    mov rsi, r15
    call {rel32:jit_aot_big_shl}
    jmp L1
L0:
    lea ecx, [r13 + 1]
    mov rsi, r12
    shl rsi, cl
    lea rdi, [rsp + 1064]
    call {rel32:jit_aot_big_set}
    lea rbx, [rsp + 544]
    mov ebp, 1
    mov esi, 1
    mov rdi, rbx
    call {rel32:jit_aot_big_set}
    mov rax, r15
    neg rax
    lea rsi, [rax + r13]
    inc rsi
    mov rdi, rbx
    call {rel32:jit_aot_big_shl}
    mov ecx, r13d
    shl rbp, cl
    lea rdi, [rsp + 24]
    mov rsi, rbp
    call {rel32:jit_aot_big_set}
    lea rdi, [rsp + 1584]
    mov esi, 1
    call {rel32:jit_aot_big_set}
L1:
    bsr rax, r12
    xor rax, 63
    sub r15, rax
    imul rax, r15, 78913
    add rax, 4971519
    sar rax, 18
    lea r15, [rax - 1]
    test rax, rax
    jle L2
    lea rdi, [rsp + 544]
    mov rsi, r15
    jmp L3
L2:
    mov ebx, 1
    sub rbx, rax
    lea rdi, [rsp + 1064]
    mov rsi, rbx
    call {rel32:jit_aot_big_mul_pow10}
    lea rdi, [rsp + 24]
    mov rsi, rbx
    call {rel32:jit_aot_big_mul_pow10}
    lea rdi, [rsp + 1584]
    mov rsi, rbx
L3:
    call {rel32:jit_aot_big_mul_pow10}
    lea rdi, [rsp + 1064]
    lea rsi, [rsp + 24]
    lea rdx, [rsp + 544]
    call {rel32:jit_aot_big_cmp_sum}
    mov rcx, qword ptr [rsp]
    cmp rax, rcx
    jl L5
    lea r12, [rsp + 544]
    lea r13, [rsp + 1064]
    lea rbp, [rsp + 24]
L4:
    mov rdi, r12
    mov esi, 10
    xor edx, edx
    call {rel32:jit_aot_big_mul_add}
    inc r15
    mov rdi, r13
    mov rsi, rbp
    mov rdx, r12
    call {rel32:jit_aot_big_cmp_sum}
    mov rcx, qword ptr [rsp]
    cmp rax, rcx
    jge L4
L5:
    mov qword ptr [r14], r15
    xor rcx, 1
    mov qword ptr [rsp + 16], rcx
    xor r14d, r14d
    lea r15, [rsp + 1064]
    lea rbx, [rsp + 1584]
    lea rbp, [rsp + 544]
L6:
    mov rdi, r15
    mov esi, 10
    xor edx, edx
    call {rel32:jit_aot_big_mul_add}
    lea rdi, [rsp + 24]
    mov esi, 10
    xor edx, edx
    call {rel32:jit_aot_big_mul_add}
    mov rdi, rbx
    mov esi, 10
    xor edx, edx
    call {rel32:jit_aot_big_mul_add}
    mov rdi, r15
    mov rsi, rbp
    call {rel32:jit_aot_big_cmp}
    xor r13d, r13d
L7:
    mov rdi, r15
    test rax, rax
    js L8
    mov rsi, rbp
    call {rel32:jit_aot_big_sub}
    inc r13
    mov rdi, r15
    mov rsi, rbp
    call {rel32:jit_aot_big_cmp}
    jmp L7
L8:
    mov r12, rbx
    mov rsi, rbx
    call {rel32:jit_aot_big_cmp}
    mov rbx, rax
    mov rdi, r15
    lea rsi, [rsp + 24]
    mov rdx, rbp
    call {rel32:jit_aot_big_cmp_sum}
    mov rsi, qword ptr [rsp]
    cmp rax, rsi
    setge cl
    cmp rbx, qword ptr [rsp + 16]
    jl L9
    cmp rax, rsi
    jge L9
    mov rax, qword ptr [rsp + 8]
    mov byte ptr [rax + r14], r13b
    inc r14
    mov rbx, r12
    jmp L6
L9:
    cmp rbx, qword ptr [rsp + 16]
    setl dl
    cmp rax, rsi
    setge al
    and al, dl
    cmp al, 1
    jne L10
    lea rdi, [rsp + 1064]
    lea rdx, [rsp + 544]
    mov rsi, rdi
    call {rel32:jit_aot_big_cmp_sum}
    mov cl, 1
    test rax, rax
    jg L10
    sete al
    mov ecx, r13d
    and cl, al
L10:
    movzx eax, cl
    add r13d, eax
    mov rax, qword ptr [rsp + 8]
    mov byte ptr [rax + r14], r13b
    inc r14
    mov rax, r14
    add rsp, 2104
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
