    mov x0, x27
    ret
