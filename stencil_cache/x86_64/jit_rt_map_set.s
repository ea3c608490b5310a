    mov rax, rcx
    mov rcx, rsi
    shr rcx, 32
    cmp ecx, -57344
    jne L22
    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    movabs r9, -7046029254386353131
    mov r10, qword ptr [rdi + 72]
    mov r11d, esi
    shl r11, 3
    movabs rcx, 281474976710655
    and rdx, rcx
    movabs rcx, -1688849860263936
    or rdx, rcx
    mov rsi, qword ptr [r10 + r11 + 24]
    add rsi, r10
    mov r12, qword ptr [r10 + r11 + 8]
    mov cl, byte ptr [r10 + r11 + 32]
    mov r14, rdx
    imul r14, r9
    mov rbx, r14
    shr rbx, cl
    mov rcx, qword ptr [r10 + r11 + 16]
    lea r13, [rcx + r10]
    mov r9d, dword ptr [rsi + 4*rbx]
    test r9d, r9d
    je L1
    lea rbp, [2*r12 - 1]
L0:
    lea r15d, [2*r9 - 2]
    cmp qword ptr [r13 + 8*r15], rdx
    je L3
    inc rbx
    and rbx, rbp
    mov r9d, dword ptr [rsi + 4*rbx]
    test r9d, r9d
    jne L0
L1:
    cmp qword ptr [r10 + r11], r12
    jne L2
    lea rsi, [8*r12]
    lea r15, [rsi + 2*rsi]
    mov rsi, r12
    shl rsi, 4
    lea rsi, [rsi + 2*rsi]
    test r15, r15
    je L4
    lea r9, [r15 + rcx]
    mov rbp, qword ptr [rdi + 80]
    cmp r9, rbp
    jne L5
    mov rbp, rsi
    sub rbp, r15
    mov r15, qword ptr [rdi + 88]
    sub r15, r9
    cmp rbp, r15
    ja L23
    add rsi, rcx
    mov qword ptr [rdi + 80], rsi
    mov rbp, rcx
    cmp r9, -1
    jne L6
    jmp L24
L2:
    movabs r12, 281474976710655
    movabs rbp, -1688849860263936
    jmp L19
L3:
    dec r9d
    mov esi, r9d
    movabs r12, 281474976710655
    movabs rbp, -1688849860263936
    jmp L20
L4:
    mov rbp, qword ptr [rdi + 80]
L5:
    mov r9, qword ptr [rdi + 88]
    sub r9, rbp
    cmp rsi, r9
    ja L23
    add rsi, rbp
    mov qword ptr [rdi + 80], rsi
L6:
    cmp rbp, -1
    je L24
    lea r9, [r12 + r12]
    cmp rbp, rcx
    je L8
    test r9, r9
    je L8
    lea rcx, [r10 + rbp]
    xor esi, esi
L7:
    mov r8, qword ptr [r13 + 8*rsi]
    mov qword ptr [rcx + 8*rsi], r8
    inc rsi
    cmp r9, rsi
    jne L7
L8:
    mov r8, r12
    shl r8, 5
    add r8, rbp
    mov qword ptr [r10 + r11 + 8], r9
    mov qword ptr [r10 + r11 + 16], rbp
    mov qword ptr [r10 + r11 + 24], r8
    lea r13, [4*r12]
    bsf rcx, r13
    mov esi, 64
    sub rsi, rcx
    mov qword ptr [r10 + r11 + 32], rsi
    mov rsi, qword ptr [rdi + 72]
    add r8, rsi
    test r9, r9
    je L10
    xor ecx, ecx
L9:
    mov qword ptr [r8 + 8*rcx], 0
    inc rcx
    cmp r9, rcx
    jne L9
    mov rsi, qword ptr [rdi + 72]
    mov r8, qword ptr [r10 + r11 + 24]
    add r8, rsi
L10:
    test r12, r12
    je L14
    add rsi, rbp
    dec r13
    xor r9d, r9d
L11:
    mov r15, r9
    shl r15, 4
    mov cl, byte ptr [r10 + r11 + 32]
    mov rbp, qword ptr [rsi + r15]
    movabs r15, -7046029254386353131
    imul rbp, r15
    shr rbp, cl
L12:
    cmp dword ptr [r8 + 4*rbp], 0
    je L13
    inc rbp
    and rbp, r13
    jmp L12
L13:
    inc r9
    mov dword ptr [r8 + 4*rbp], r9d
    cmp r9, r12
    jne L11
L14:
    cmp r11, qword ptr [rdi + 120]
    jb L15
    cmp r11, qword ptr [rdi + 128]
    jae L16
L15:
    mov rcx, qword ptr [rdi + 80]
    mov qword ptr [rdi + 128], rcx
L16:
    mov rsi, qword ptr [rdi + 72]
    mov r8, qword ptr [r10 + r11 + 24]
    mov cl, byte ptr [r10 + r11 + 32]
    shr r14, cl
    add r8, rsi
    mov rcx, qword ptr [r10 + r11 + 16]
    mov r15d, dword ptr [r8 + 4*r14]
    test r15d, r15d
    movabs r12, 281474976710655
    movabs rbp, -1688849860263936
    je L18
    mov r9, qword ptr [r10 + r11 + 8]
    add rsi, rcx
    lea r9, [2*r9 - 1]
L17:
    lea r15d, [2*r15 - 2]
    cmp qword ptr [rsi + 8*r15], rdx
    je L19
    inc r14
    and r14, r9
    mov r15d, dword ptr [r8 + 4*r14]
    test r15d, r15d
    jne L17
L18:
    mov rbx, r14
L19:
    mov rsi, qword ptr [r10 + r11]
    lea r8, [rsi + 1]
    mov qword ptr [r10 + r11], r8
    add rcx, qword ptr [rdi + 72]
    mov r9, rsi
    shl r9, 4
    mov qword ptr [r9 + rcx], rdx
    mov rcx, qword ptr [rdi + 72]
    add rcx, qword ptr [r10 + r11 + 24]
    mov dword ptr [rcx + 4*rbx], r8d
    mov r13, qword ptr [rdi + 72]
    add r13, qword ptr [r10 + r11 + 16]
L20:
    and rax, r12
    or rax, rbp
    shl rsi, 4
    mov qword ptr [r13 + rsi + 8], rax
    mov eax, 1
L21:
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
L22:
    mov qword ptr [rdi + 8], 3
    mov rax, r8
    shr rax, 16
    mov qword ptr [rdi + 16], rax
    movzx eax, r8w
    mov qword ptr [rdi + 24], rax
    mov qword ptr [rdi], 1
    xor eax, eax
    ret
L23:
    mov qword ptr [rdi + 8], 5
    mov rax, r8
    shr rax, 16
    mov qword ptr [rdi + 16], rax
    movzx eax, r8w
    mov qword ptr [rdi + 24], rax
    mov qword ptr [rdi], 1
L24:
    xor eax, eax
    jmp L21
