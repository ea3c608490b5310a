    mov rcx, qword ptr [rdi + 80]
    mov r8, qword ptr [rdi + 88]
    mov rax, r8
    sub rax, rcx
    cmp rax, 23
    jbe L3
    lea rax, [rcx + 24]
    mov qword ptr [rdi + 80], rax
    cmp rcx, -1
    je L0
    test rsi, rsi
    je L1
    lea r9, [8*rsi]
    sub r8, rax
    cmp r9, r8
    ja L3
    add r9, rax
    mov qword ptr [rdi + 80], r9
    cmp rax, -1
    jne L2
L0:
    xor eax, eax
    ret
L1:
    xor eax, eax
L2:
    mov rdx, qword ptr [rdi + 72]
    mov qword ptr [rdx + rcx], 0
    mov qword ptr [rdx + rcx + 8], rsi
    mov qword ptr [rdx + rcx + 16], rax
    shr rcx, 3
    movabs rax, -263882790666240
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
    jmp L0
