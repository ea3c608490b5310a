    push r15
    push r14
    push rbx
    mov rax, qword ptr [rdi + 72]
    mov esi, esi
    shl rsi, 3
    mov r8, qword ptr [rax + rsi]
    cmp r8, qword ptr [rax + rsi + 8]
    jne L6
    lea r10, [r8 + r8]
    cmp r10, 5
    mov r9d, 4
    cmovae r9, r10
    mov r10, qword ptr [rax + rsi + 16]
    lea r15, [8*r8]
    lea rbx, [8*r9]
    test r15, r15
    je L0
    lea r14, [r10 + r15]
    mov r11, qword ptr [rdi + 80]
    cmp r14, r11
    jne L1
    mov r11, rbx
    sub r11, r15
    mov r15, qword ptr [rdi + 88]
    sub r15, r14
    cmp r11, r15
    ja L7
    add rbx, r10
    mov qword ptr [rdi + 80], rbx
    mov r11, r10
    cmp r14, -1
    jne L2
    jmp L8
L0:
    mov r11, qword ptr [rdi + 80]
L1:
    mov r14, qword ptr [rdi + 88]
    sub r14, r11
    cmp rbx, r14
    ja L7
    add rbx, r11
    mov qword ptr [rdi + 80], rbx
L2:
    cmp r11, -1
    je L8
    cmp r11, r10
    je L4
    test r8, r8
    je L4
    lea rcx, [r11 + rax]
    add r10, rax
    xor ebx, ebx
L3:
    mov r14, qword ptr [r10 + 8*rbx]
    mov qword ptr [rcx + 8*rbx], r14
    inc rbx
    cmp r8, rbx
    jne L3
L4:
    mov qword ptr [rax + rsi + 8], r9
    mov qword ptr [rax + rsi + 16], r11
    cmp rsi, qword ptr [rdi + 120]
    jb L5
    cmp rsi, qword ptr [rdi + 128]
    jae L6
L5:
    mov rcx, qword ptr [rdi + 80]
    mov qword ptr [rdi + 128], rcx
L6:
    mov rcx, qword ptr [rdi + 72]
    add rcx, qword ptr [rax + rsi + 16]
    mov qword ptr [rcx + 8*r8], rdx
    inc r8
    mov qword ptr [rax + rsi], r8
    mov eax, 1
    jmp L9
L7:
    mov qword ptr [rdi + 8], 5
    mov rax, rcx
    shr rax, 16
    mov qword ptr [rdi + 16], rax
    movzx eax, cx
    mov qword ptr [rdi + 24], rax
    mov qword ptr [rdi], 1
L8:
    xor eax, eax
L9:
    pop rbx
    pop r14
    pop r15
    ret
