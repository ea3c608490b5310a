    mov rax, r11
    ret
