    mov rax, rcx
    mov rcx, rsi
    shr rcx, 32
    cmp ecx, -57344
    jne L18
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
    mov r13, qword ptr [r10 + r11 + 24]
    add r13, r10
    mov cl, byte ptr [r10 + r11 + 32]
    mov rbx, rdx
    imul rbx, r9
    mov r14, rbx
    shr r14, cl
    mov rsi, qword ptr [r10 + r11 + 8]
    mov rcx, qword ptr [r10 + r11 + 16]
    mov r9d, dword ptr [r13 + 4*r14]
    test r9d, r9d
    je L1
    lea r12, [rcx + r10]
    lea rbp, [2*rsi - 1]
L0:
    lea r15d, [2*r9 - 2]
    cmp qword ptr [r12 + 8*r15], rdx
    je L7
    inc r14
    and r14, rbp
    mov r9d, dword ptr [r13 + 4*r14]
    test r9d, r9d
    jne L0
L1:
    cmp qword ptr [r10 + r11], rsi
    jne L5
    mov rcx, rsi
    shl rcx, 4
    lea r9, [rcx + 2*rcx]
    mov rcx, qword ptr [rdi + 80]
    mov r15, qword ptr [rdi + 88]
    sub r15, rcx
    cmp r9, r15
    ja L19
    add r9, rcx
    mov qword ptr [rdi + 80], r9
    cmp rcx, -1
    je L20
    mov r12, rsi
    add r12, rsi
    je L3
    lea r8, [rcx + r10]
    mov r9, qword ptr [r10 + r11 + 16]
    add r9, r10
    xor r13d, r13d
L2:
    mov r15, qword ptr [r9 + 8*r13]
    mov qword ptr [r8 + 8*r13], r15
    inc r13
    cmp r12, r13
    jne L2
L3:
    mov r8, rsi
    shl r8, 5
    add r8, rcx
    mov qword ptr [r10 + r11 + 8], r12
    mov qword ptr [r10 + r11 + 16], rcx
    mov qword ptr [r10 + r11 + 24], r8
    lea rbp, [4*rsi]
    bsf r9, rbp
    mov r15d, 64
    sub r15, r9
    mov qword ptr [r10 + r11 + 32], r15
    mov r13, qword ptr [rdi + 72]
    add r8, r13
    test r12, r12
    je L10
    xor r9d, r9d
    movabs r15, 281474976710655
L4:
    mov qword ptr [r8 + 8*r9], 0
    inc r9
    cmp r12, r9
    jne L4
    mov r13, qword ptr [rdi + 72]
    mov r8, qword ptr [r10 + r11 + 24]
    add r8, r13
    jmp L11
L5:
    mov rbx, r14
    movabs r15, 281474976710655
L6:
    movabs r14, -1688849860263936
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
    mov r12, qword ptr [rdi + 72]
    add r12, qword ptr [r10 + r11 + 16]
    jmp L8
L7:
    dec r9d
    mov esi, r9d
    movabs r15, 281474976710655
    movabs r14, -1688849860263936
L8:
    and rax, r15
    or rax, r14
    shl rsi, 4
    mov qword ptr [r12 + rsi + 8], rax
    mov eax, 1
L9:
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
L10:
    movabs r15, 281474976710655
L11:
    test rsi, rsi
    je L15
    add r13, rcx
    dec rbp
    xor r12d, r12d
    movabs r15, -7046029254386353131
L12:
    mov r9, r12
    shl r9, 4
    mov cl, byte ptr [r10 + r11 + 32]
    mov r9, qword ptr [r13 + r9]
    imul r9, r15
    shr r9, cl
L13:
    cmp dword ptr [r8 + 4*r9], 0
    je L14
    inc r9
    and r9, rbp
    jmp L13
L14:
    inc r12
    mov dword ptr [r8 + 4*r9], r12d
    cmp r12, rsi
    jne L12
    mov r13, qword ptr [rdi + 72]
    mov r8, qword ptr [r10 + r11 + 24]
    add r8, r13
    movabs r15, 281474976710655
L15:
    mov cl, byte ptr [r10 + r11 + 32]
    shr rbx, cl
    mov rcx, qword ptr [r10 + r11 + 16]
    mov r9d, dword ptr [r8 + 4*rbx]
    test r9d, r9d
    je L6
    mov rsi, qword ptr [r10 + r11 + 8]
    add r13, rcx
    lea rsi, [2*rsi - 1]
L16:
    lea r9d, [2*r9 - 2]
    cmp qword ptr [r13 + 8*r9], rdx
    je L17
    inc rbx
    and rbx, rsi
    mov r9d, dword ptr [r8 + 4*rbx]
    test r9d, r9d
    jne L16
    jmp L6
L17:
    mov rbx, r14
    jmp L6
L18:
    mov qword ptr [rdi + 8], 3
    mov rax, r8
    shr rax, 16
    mov qword ptr [rdi + 16], rax
    movzx eax, r8w
    mov qword ptr [rdi + 24], rax
    mov qword ptr [rdi], 1
    xor eax, eax
    ret
L19:
    mov qword ptr [rdi + 8], 5
    mov rax, r8
    shr rax, 16
    mov qword ptr [rdi + 16], rax
    movzx eax, r8w
    mov qword ptr [rdi + 24], rax
    mov qword ptr [rdi], 1
L20:
    xor eax, eax
    jmp L9
