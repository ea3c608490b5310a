    cmp qword ptr [rdi], 0
    je L3
    xor ecx, ecx
    xor eax, eax
L0:
    mov edx, 0
    cmp rax, qword ptr [rsi]
    jae L1
    mov edx, dword ptr [rsi + 4*rax + 8]
L1:
    mov r8d, dword ptr [rdi + 4*rax + 8]
    mov edx, edx
    sub r8, rdx
    add r8, rcx
    mov dword ptr [rdi + 4*rax + 8], r8d
    sar r8, 63
    inc rax
    mov rdx, qword ptr [rdi]
    mov rcx, r8
    cmp rax, rdx
    jb L0
    test rdx, rdx
    je L3
    dec rdx
L2:
    cmp dword ptr [rdi + 4*rdx + 8], 0
    jne L3
    mov qword ptr [rdi], rdx
    add rdx, -1
    jb L2
L3:
    ret
