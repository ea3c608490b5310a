    cmp qword ptr [rsi], 0
    je L1
    xor eax, eax
L0:
    mov ecx, dword ptr [rsi + 4*rax + 8]
    mov dword ptr [rdi + 4*rax + 8], ecx
    inc rax
    mov rcx, qword ptr [rsi]
    cmp rax, rcx
    jb L0
    jmp L2
L1:
    xor ecx, ecx
L2:
    mov qword ptr [rdi], rcx
    ret
