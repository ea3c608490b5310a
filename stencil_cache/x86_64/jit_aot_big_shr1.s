    mov rax, qword ptr [rdi]
    test rax, rax
    je L2
    mov ecx, 1
L0:
    xor edx, edx
    cmp rcx, rax
    jae L1
    mov edx, dword ptr [rdi + 4*rcx + 8]
    shl edx, 31
L1:
    mov eax, dword ptr [rdi + 4*rcx + 4]
    shr eax
    or eax, edx
    mov dword ptr [rdi + 4*rcx + 4], eax
    mov rax, qword ptr [rdi]
    lea rdx, [rcx + 1]
    cmp rcx, rax
    mov rcx, rdx
    jb L0
    test rax, rax
    je L2
    cmp dword ptr [rdi + 4*rax + 4], 0
    je L3
L2:
    ret
L3:
    dec rax
    mov qword ptr [rdi], rax
    ret
