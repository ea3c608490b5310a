    ldr x9, [x0]
    mov w8, w2
    cbz x9, L3
    mov x9, xzr
    mov w10, w1
L0:
    add x11, x0, x9, lsl #2
    add x9, x9, #1
    ldr w12, [x11, #8]
    umaddl x8, w12, w10, x8
    str w8, [x11, #8]
    lsr x8, x8, #32
    ldr x11, [x0]
    cmp x9, x11
    b.lo L0
    cbz x8, L2
L1:
    add x9, x0, x11, lsl #2
    add x10, x11, #1
    str x10, [x0]
    str w8, [x9, #8]
L2:
    ret
L3:
    mov x11, xzr
    cbnz x8, L1
    b L2
