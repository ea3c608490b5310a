    xor r10d, r10d
    test rsi, rsi
    je L3
L0:
    movzx eax, byte ptr [rdi + r10]
    lea r11d, [rax - 9]
    cmp r11d, 5
    jae L2
L1:
    inc r10
    cmp rsi, r10
    jne L0
    jmp L8
L2:
    cmp eax, 32
    je L1
L3:
    cmp r10, rsi
    jae L9
L4:
    movzx eax, byte ptr [rdi + rsi - 1]
    lea r11d, [rax - 9]
    cmp r11d, 5
    jae L6
L5:
    dec rsi
    cmp rsi, r10
    ja L4
    jmp L10
L6:
    cmp eax, 32
    je L5
    movzx eax, byte ptr [rdi + r10]
    cmp eax, 45
    sete r11b
    cmp eax, 43
    je L7
    cmp eax, 45
    jne L11
L7:
    inc r10
    jmp L11
L8:
    xor r11d, r11d
    mov r10, rsi
    jmp L11
L9:
    xor r11d, r11d
    jmp L11
L10:
    xor r11d, r11d
    mov rsi, r10
L11:
    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    sub rsp, 4
    mov ebx, 10
    test rdx, rdx
    je L16
    mov rax, rsi
    sub rax, r10
    cmp rax, 2
    jb L16
    cmp byte ptr [rdi + r10], 48
    jne L16
    movzx edx, byte ptr [rdi + r10 + 1]
    lea eax, [rdx - 65]
    lea ebp, [rdx + 32]
    cmp al, 26
    movzx eax, bpl
    cmovae eax, edx
    cmp al, 98
    je L13
    movzx eax, al
    cmp eax, 120
    je L12
    cmp eax, 111
    jne L16
    mov ebx, 8
    jmp L14
L12:
    mov ebx, 16
    jmp L14
L13:
    mov ebx, 2
L14:
    lea rax, [r10 + 2]
    cmp rax, rsi
    jae L15
    cmp byte ptr [rdi + r10 + 2], 95
    lea rdx, [r10 + 3]
    cmove rax, rdx
L15:
    mov r10, rax
L16:
    cmp r10, rsi
    jae L25
    mov dword ptr [rsp], r11d
    xor r14d, r14d
    mov rdx, r10
    xor r15d, r15d
    xor r12d, r12d
L17:
    mov bpl, byte ptr [rdi + rdx]
    movzx eax, bpl
    lea r13, [rdx + 1]
    cmp r13, rsi
    jae L18
    cmp bpl, 95
    jne L18
    cmp rdx, r10
    jbe L18
    cmp byte ptr [rdi + rdx - 1], 95
    je L19
    jmp L24
L18:
    lea edx, [rax - 58]
    cmp dl, -10
    jae L21
L19:
    lea edx, [rax - 97]
    cmp dl, 6
    jb L20
    mov edx, 16
    jmp L22
L20:
    lea rdx, [rax - 87]
    jmp L22
L21:
    lea rdx, [rax - 48]
L22:
    mov r11d, eax
    add r11b, -65
    lea ebp, [rax + 9]
    and ebp, 31
    cmp r11b, 6
    cmovae rbp, rdx
    cmp rbp, rbx
    jae L25
    mov rax, rbp
    not rax
    xor edx, edx
    div rbx
    mov edx, 1
    cmp r14, rax
    ja L23
    mov rdx, r15
L23:
    inc r12
    imul r14, rbx
    add r14, rbp
    mov r15, rdx
L24:
    mov rdx, r13
    cmp rsi, r13
    jne L17
    lea rax, [rip + {rel32:jit_aot_program}]
    test r12, r12
    je L25
    mov rax, qword ptr [rax + 88]
    cmp ebx, 10
    sete dl
    test rax, rax
    setne sil
    and sil, dl
    cmp r12, rax
    seta al
    and al, sil
    movzx edx, al
    mov eax, 2
    sub rax, rdx
    test dl, dl
    jne L26
    test r15, r15
    mov edx, dword ptr [rsp]
    jne L26
    neg rcx
    test dl, dl
    cmovne r8, rcx
    mov eax, 2
    cmp r14, r8
    ja L26
    mov rax, r14
    neg rax
    test dl, dl
    cmove rax, r14
    mov qword ptr [r9], rax
    xor eax, eax
    jmp L26
L25:
    mov eax, 1
L26:
    add rsp, 4
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
