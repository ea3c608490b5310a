    mov rax, r8
    ret
