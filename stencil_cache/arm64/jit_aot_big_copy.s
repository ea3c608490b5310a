    ldr x8, [x1]
    cbz x8, L1
    mov w9, #2
L0:
    ldr w8, [x1, x9, lsl #2]
    sub x10, x9, #1
    str w8, [x0, x9, lsl #2]
    add x9, x9, #1
    ldr x8, [x1]
    cmp x10, x8
    b.lo L0
L1:
    str x8, [x0]
    ret
