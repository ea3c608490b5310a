    cmp qword ptr [rdi + 32], 0
    js L4
    push r14
    push rbx
    mov rbx, rdi
    mov rdx, qword ptr [rdi + 8]
    test rdx, rdx
    je L3
    xor r14d, r14d
L0:
    mov rdi, qword ptr [rbx + 32]
    mov rsi, qword ptr [rbx]
    add rsi, r14
    sub rdx, r14
    mov eax, 1
    xor r10d, r10d
    xor r8d, r8d
    xor r9d, r9d
    syscall
    test rax, rax
    jle L1
    add r14, rax
    jmp L2
L1:
    cmp rax, -4
    jne L5
L2:
    mov rdx, qword ptr [rbx + 8]
    cmp r14, rdx
    jb L0
L3:
    mov qword ptr [rbx + 8], 0
    pop rbx
    pop r14
L4:
    ret
L5:
    cmp qword ptr [rbx + 40], 0
    jne L3
    test rax, rax
    mov rcx, -32
    cmovne rcx, rax
    mov qword ptr [rbx + 40], rcx
    jmp L3
