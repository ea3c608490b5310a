    mov r8d, 4
L0:
    mov rax, r8
    add r8, r8
    cmp rax, rsi
    jb L0
    mov rcx, qword ptr [rdi + 80]
    mov r9, qword ptr [rdi + 88]
    mov rsi, r9
    sub rsi, rcx
    cmp rsi, 39
    jbe L3
    lea rsi, [rcx + 40]
    mov qword ptr [rdi + 80], rsi
    cmp rcx, -1
    je L4
    lea r10, [8*rax]
    lea r10, [r10 + 2*r10]
    sub r9, rsi
    cmp r10, r9
    ja L3
    add r10, rsi
    mov qword ptr [rdi + 80], r10
    cmp rsi, -1
    je L4
    mov r9, qword ptr [rdi + 72]
    mov qword ptr [r9 + rcx], 0
    mov rdx, rax
    shl rdx, 4
    add rdx, rsi
    mov qword ptr [r9 + rcx + 8], rax
    mov qword ptr [r9 + rcx + 16], rsi
    mov qword ptr [r9 + rcx + 24], rdx
    bsf rsi, r8
    mov r8d, 64
    sub r8, rsi
    mov qword ptr [r9 + rcx + 32], r8
    test rax, rax
    je L2
    add rdx, qword ptr [rdi + 72]
    xor esi, esi
L1:
    mov qword ptr [rdx + 8*rsi], 0
    inc rsi
    cmp rax, rsi
    jne L1
L2:
    shr rcx, 3
    movabs rax, -246290604621824
    or rax, rcx
    ret
L3:
    mov qword ptr [rdi + 8], 5
    mov rax, rdx
    shr rax, 16
    mov qword ptr [rdi + 16], rax
    movzx eax, dx
    mov qword ptr [rdi + 24], rax
    mov qword ptr [rdi], 1
L4:
    xor eax, eax
    ret
