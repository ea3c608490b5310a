    mov rcx, qword ptr [rdi]
    test rcx, rcx
    je L0
    bsr eax, dword ptr [rdi + 4*rcx + 4]
    shl rcx, 5
    xor eax, 31
    sub rcx, rax
    jmp L1
L0:
    xor ecx, ecx
L1:
    lea rdx, [rcx - 1]
    xor eax, eax
    xor r8d, r8d
L2:
    add rax, rax
    cmp r8, rcx
    jae L3
    mov r9, rdx
    shr r9, 5
    mov r9d, dword ptr [rdi + 4*r9 + 8]
    xor r10d, r10d
    bt r9d, edx
    setb r10b
    or rax, r10
L3:
    inc r8
    dec rdx
    cmp r8, 64
    jne L2
    cmp rcx, 64
    jbe L6
    lea r8, [rcx - 64]
    mov rdx, r8
    shr rdx, 5
    cmp r8, 32
    jb L5
    mov r8, qword ptr [rsi]
    cmp rdx, 1
    mov r9, rdx
    adc r9, 0
    xor r10d, r10d
L4:
    xor r11d, r11d
    cmp dword ptr [rdi + 4*r10 + 8], 0
    setne r11b
    or r8, r11
    mov qword ptr [rsi], r8
    inc r10
    cmp r9, r10
    jne L4
L5:
    and rcx, 31
    je L6
    mov r8d, -1
    shl r8d, cl
    not r8d
    xor ecx, ecx
    test dword ptr [rdi + 4*rdx + 8], r8d
    setne cl
    or qword ptr [rsi], rcx
L6:
    ret
