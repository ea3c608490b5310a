    mov rax, qword ptr [rdi]
    test rax, rax
    je L0
    bsr ecx, dword ptr [rdi + 4*rax + 4]
    shl rax, 5
    xor ecx, 31
    sub rax, rcx
    ret
L0:
    xor eax, eax
    ret
