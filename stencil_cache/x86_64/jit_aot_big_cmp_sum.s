    push rbx
    sub rsp, 520
    mov rax, qword ptr [rdi]
    mov r8, qword ptr [rsi]
    cmp rax, r8
    mov rcx, r8
    cmova rcx, rax
    test rcx, rcx
    je L3
    xor r9d, r9d
    xor r10d, r10d
L0:
    mov r11d, 0
    cmp r9, rax
    jae L1
    mov r11d, dword ptr [rdi + 4*r9 + 8]
L1:
    xor ebx, ebx
    cmp r9, r8
    jae L2
    mov ebx, dword ptr [rsi + 4*r9 + 8]
L2:
    mov r11d, r11d
    add r10, r11
    mov r11d, ebx
    add r11, r10
    mov dword ptr [rsp + 4*r9 + 8], r11d
    mov r10, r11
    shr r10, 32
    inc r9
    cmp rcx, r9
    jne L0
    shr r11, 32
    je L4
    mov dword ptr [rsp + 4*rcx + 8], 1
    inc rcx
    jmp L4
L3:
    xor ecx, ecx
L4:
    mov qword ptr [rsp], rcx
    mov rsi, qword ptr [rdx]
    xor eax, eax
    cmp rcx, rsi
    jne L6
L5:
    sub rcx, 1
    jb L8
    mov esi, dword ptr [rsp + 4*rcx + 8]
    mov edi, dword ptr [rdx + 4*rcx + 8]
    cmp esi, edi
    je L5
    xor eax, eax
    cmp esi, edi
    jmp L7
L6:
    cmp rcx, rsi
L7:
    sbb rax, rax
    or rax, 1
L8:
    add rsp, 520
    pop rbx
    ret
