    lsr x8, x25, #16
    and x9, x25, #0xffff
    mov x0, xzr
    stp x8, x9, [x23, #16]
    mov w8, #1
    stp x8, x24, [x23]
    ret
