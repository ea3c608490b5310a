    mov x0, x26
    ret
