    mov qword ptr [r15 + 8], rdi
    movzx eax, si
    shr rsi, 16
    mov qword ptr [r15 + 16], rsi
    mov qword ptr [r15 + 24], rax
    mov qword ptr [r15], 1
    xor eax, eax
    ret
