    lsr x9, x1, #32
    cmp x1, #0
    mov w8, #2
    cset w10, ne
    cmp x9, #0
    csel x8, x10, x8, eq
    stp x8, x1, [x0]
    ret
