    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    sub rsp, 24
    mov qword ptr [rsp + 8], rdx
    lea r13, [rip + {rel32:jit_aot_program}]
    test rsi, rsi
    je L10
    mov r14, rsi
    mov r15, rdi
    xor ebp, ebp
    movabs r12, 4611686018427387902
    xor ebx, ebx
L0:
    lea rdi, [r15 + rbx]
    mov rsi, r14
    sub rsi, rbx
    lea rdx, [rsp + 16]
    call {rel32:jit_aot_utf8}
    mov rcx, rax
    cmp rax, 126
    jbe L8
    mov rax, -1
    mov edx, 4294967295
    cmp rcx, rdx
    je L11
    mov rsi, qword ptr [r13 + 144]
    test rsi, rsi
    je L4
    mov rdx, qword ptr [r13 + 136]
    add rdx, r13
    xor edi, edi
    mov r8, rsi
L1:
    lea r9, [rdi + r8]
    shr r9
    mov r10d, dword ptr [rdx + 4*r9]
    cmp rcx, r10
    jb L2
    inc r9
    mov rdi, r9
    jmp L3
L2:
    mov r8, r9
L3:
    cmp rdi, r8
    jb L1
    sub rdi, 1
    setb r8b
    cmp rdi, rsi
    sete sil
    or sil, r8b
    jne L4
    mov esi, dword ptr [rdx + 4*rdi]
    mov dl, 32
    cmp rcx, rsi
    je L9
L4:
    mov rsi, qword ptr [r13 + 128]
    test rsi, rsi
    je L11
    mov rdx, qword ptr [r13 + 120]
    add rdx, r13
    xor edi, edi
    mov r8, rsi
L5:
    lea r10, [rdi + r8]
    mov r9, r10
    shr r9
    and r10, r12
    mov r10d, dword ptr [rdx + 4*r10]
    cmp rcx, r10
    jb L6
    inc r9
    mov rdi, r9
    jmp L7
L6:
    mov r8, r9
L7:
    cmp rdi, r8
    jb L5
    sub rdi, 1
    jb L11
    cmp rdi, rsi
    je L11
    mov esi, dword ptr [rdx + 8*rdi]
    mov edx, dword ptr [rdx + 8*rdi + 4]
    sub rcx, rsi
    mov esi, edx
    shr esi, 4
    cmp rcx, rsi
    jae L11
    and edx, 15
    add ecx, edx
    add cl, 48
L8:
    mov edx, ecx
L9:
    mov rax, qword ptr [rsp + 8]
    mov byte ptr [rax + rbp], dl
    inc rbp
    add rbx, qword ptr [rsp + 16]
    mov rax, rbp
    cmp rbx, r14
    jb L0
    jmp L11
L10:
    xor eax, eax
L11:
    add rsp, 24
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
