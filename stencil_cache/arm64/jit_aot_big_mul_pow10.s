    cmp x1, #9
    b.lo L3
    mov w9, #51712
    add x8, x0, #8
    movk w9, #15258, lsl #16
L0:
    ldr x10, [x0]
    cbz x10, L2
    mov x10, xzr
    mov x11, xzr
L1:
    add x12, x0, x11, lsl #2
    add x11, x11, #1
    ldr w13, [x12, #8]
    umaddl x10, w13, w9, x10
    str w10, [x12, #8]
    lsr x10, x10, #32
    ldr x12, [x0]
    cmp x11, x12
    b.lo L1
    cbz x10, L2
    add x11, x12, #1
    str x11, [x0]
    str w10, [x8, x12, lsl #2]
L2:
    sub x1, x1, #9
    cmp x1, #8
    b.hi L0
L3:
    mov w8, #1
    cbz x1, L5
L4:
    add w8, w8, w8, lsl #2
    subs x1, x1, #1
    lsl w8, w8, #1
    b.ne L4
L5:
    ldr x9, [x0]
    cbz x9, L7
    mov x10, xzr
    mov x11, xzr
    add x9, x0, #8
L6:
    add x12, x0, x11, lsl #2
    add x11, x11, #1
    ldr w13, [x12, #8]
    umaddl x10, w8, w13, x10
    str w10, [x12, #8]
    lsr x10, x10, #32
    ldr x12, [x0]
    cmp x11, x12
    b.lo L6
    cbz x10, L7
    add x8, x12, #1
    str x8, [x0]
    str w10, [x9, x12, lsl #2]
L7:
    ret
