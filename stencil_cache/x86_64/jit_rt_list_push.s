    push r14
    push rbx
    mov rax, qword ptr [rdi + 72]
    mov esi, esi
    shl rsi, 3
    mov r8, qword ptr [rax + rsi]
    cmp r8, qword ptr [rax + rsi + 8]
    jne L2
    lea r9, [r8 + r8]
    cmp r9, 5
    mov r10d, 4
    cmovae r10, r9
    lea r11, [8*r10]
    mov r9, qword ptr [rdi + 80]
    mov rbx, qword ptr [rdi + 88]
    sub rbx, r9
    cmp r11, rbx
    ja L5
    add r11, r9
    mov qword ptr [rdi + 80], r11
    cmp r9, -1
    je L6
    test r8, r8
    je L1
    lea rcx, [r9 + rax]
    mov r11, qword ptr [rax + rsi + 16]
    add r11, rax
    xor ebx, ebx
L0:
    mov r14, qword ptr [r11 + 8*rbx]
    mov qword ptr [rcx + 8*rbx], r14
    inc rbx
    cmp r8, rbx
    jne L0
L1:
    mov qword ptr [rax + rsi + 8], r10
    mov qword ptr [rax + rsi + 16], r9
    mov rcx, qword ptr [rdi + 72]
    jmp L3
L2:
    mov r9, qword ptr [rax + rsi + 16]
    mov rcx, rax
L3:
    add rcx, r9
    mov qword ptr [rcx + 8*r8], rdx
    inc r8
    mov qword ptr [rax + rsi], r8
    mov eax, 1
L4:
    pop rbx
    pop r14
    ret
L5:
    mov qword ptr [rdi + 8], 5
    mov rax, rcx
    shr rax, 16
    mov qword ptr [rdi + 16], rax
    movzx eax, cx
    mov qword ptr [rdi + 24], rax
    mov qword ptr [rdi], 1
L6:
    xor eax, eax
    jmp L4
