    movzx r9d, byte ptr [rdi]
    mov ecx, 1
    test r9b, r9b
    js L1
    mov rax, r9
L0:
    mov qword ptr [rdx], rcx
    ret
L1:
    lea eax, [r9 + 62]
    cmp al, 29
    ja L2
    and r9d, 31
    mov r11d, 191
    mov r8d, 128
    mov r10d, 2
    mov rax, r9
    jmp L4
L2:
    mov eax, r9d
    and al, -16
    cmp al, -32
    jne L3
    mov eax, r9d
    and eax, 15
    xor r8d, r8d
    cmp r9, 224
    sete r8b
    shl r8d, 5
    or r8, 128
    xor r11d, r11d
    cmp r9, 237
    setne r11b
    shl r11d, 5
    or r11, 159
    mov r10d, 3
    jmp L4
L3:
    mov eax, 4294967295
    lea r8d, [r9 + 16]
    cmp r8b, 4
    ja L0
    mov eax, r9d
    and eax, 7
    xor r8d, r8d
    cmp r9, 240
    sete r8b
    shl r8d, 4
    or r8, 128
    cmp r9, 244
    mov ecx, 143
    mov r11d, 191
    cmove r11, rcx
    mov r10d, 4
L4:
    cmp rsi, 1
    adc rsi, 0
    mov ecx, 1
L5:
    cmp rsi, rcx
    je L6
    movzx r9d, byte ptr [rdi + rcx]
    cmp r8, r9
    ja L7
    cmp r11, r9
    jb L7
    mov r8, rax
    shl r8, 6
    and r9d, 63
    mov rax, r9
    or rax, r8
    inc rcx
    mov r8d, 128
    mov r11d, 191
    cmp r10, rcx
    jne L5
    mov rcx, r10
    jmp L0
L6:
    mov eax, 4294967295
    mov rcx, rsi
    jmp L0
L7:
    mov eax, 4294967295
    jmp L0
