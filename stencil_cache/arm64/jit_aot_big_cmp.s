    ldr x8, [x0]
    ldr x9, [x1]
    cmp x8, x9
    b.ne L1
    add x9, x1, #4
    add x10, x0, #4
L0:
    cbz x8, L2
    ldr w11, [x10, x8, lsl #2]
    ldr w12, [x9, x8, lsl #2]
    sub x8, x8, #1
    cmp w11, w12
    b.eq L0
    mov x8, #-1
    cneg x0, x8, hs
    ret
L1:
    mov x8, #-1
    cneg x0, x8, hs
    ret
L2:
    mov x0, xzr
    ret
