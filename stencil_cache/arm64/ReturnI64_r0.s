    mov x0, x24
    ret
