    mov x0, x25
    ret
