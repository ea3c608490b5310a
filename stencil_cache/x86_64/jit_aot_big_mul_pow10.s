    cmp rsi, 9
    jb L3
L0:
    cmp qword ptr [rdi], 0
    je L2
    xor eax, eax
    xor ecx, ecx
L1:
    mov edx, dword ptr [rdi + 4*rcx + 8]
    imul rdx, rdx, 1000000000
    add rdx, rax
    mov dword ptr [rdi + 4*rcx + 8], edx
    mov rax, rdx
    shr rax, 32
    inc rcx
    mov r8, qword ptr [rdi]
    cmp rcx, r8
    jb L1
    shr rdx, 32
    je L2
    lea rcx, [r8 + 1]
    mov qword ptr [rdi], rcx
    mov dword ptr [rdi + 4*r8 + 8], eax
L2:
    add rsi, -9
    cmp rsi, 8
    ja L0
L3:
    test rsi, rsi
    je L5
    mov eax, 1
L4:
    add eax, eax
    lea eax, [rax + 4*rax]
    dec rsi
    jne L4
    mov eax, eax
    jmp L6
L5:
    mov eax, 1
L6:
    cmp qword ptr [rdi], 0
    je L8
    xor ecx, ecx
    xor edx, edx
L7:
    mov esi, dword ptr [rdi + 4*rdx + 8]
    imul rsi, rax
    add rsi, rcx
    mov dword ptr [rdi + 4*rdx + 8], esi
    mov rcx, rsi
    shr rcx, 32
    inc rdx
    mov r8, qword ptr [rdi]
    cmp rdx, r8
    jb L7
    shr rsi, 32
    je L8
    lea rax, [r8 + 1]
    mov qword ptr [rdi], rax
    mov dword ptr [rdi + 4*r8 + 8], ecx
L8:
    ret
