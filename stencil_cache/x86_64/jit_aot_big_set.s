    mov rax, rsi
    shr rax, 32
    mov qword ptr [rdi + 8], rsi
    xor ecx, ecx
    test rsi, rsi
    setne cl
    test rax, rax
    mov eax, 2
    cmove rax, rcx
    mov qword ptr [rdi], rax
    ret
