    mov rax, r9
    ret
