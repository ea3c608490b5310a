    mov eax, edx
    cmp qword ptr [rdi], 0
    je L1
    mov ecx, esi
    xor edx, edx
    mov r8, rax
L0:
    mov eax, dword ptr [rdi + 4*rdx + 8]
    imul rax, rcx
    add rax, r8
    mov dword ptr [rdi + 4*rdx + 8], eax
    shr rax, 32
    inc rdx
    mov rsi, qword ptr [rdi]
    mov r8, rax
    cmp rdx, rsi
    jb L0
    jmp L2
L1:
    xor esi, esi
L2:
    test rax, rax
    je L3
    lea rcx, [rsi + 1]
    mov qword ptr [rdi], rcx
    mov dword ptr [rdi + 4*rsi + 8], eax
L3:
    ret
