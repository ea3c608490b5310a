    mov rax, rsi
    ret
