    ldr x8, [x0, #32]
    tbnz x8, #63, L4
    ldr x8, [x0, #8]
    mov x9, x0
    cbz x8, L3
    mov x10, xzr
L0:
    ldr x11, [x9]
    ldr x0, [x9, #32]
    sub x2, x8, x10
    mov w8, #64
    mov x3, xzr
    mov x4, xzr
    add x1, x11, x10
    mov x5, xzr
    svc #0
    cmp x0, #0
    b.le L1
    add x10, x0, x10
    b L2
L1:
    cmn x0, #4
    b.ne L5
L2:
    ldr x8, [x9, #8]
    cmp x10, x8
    b.lo L0
L3:
    str xzr, [x9, #8]
L4:
    ret
L5:
    ldr x8, [x9, #40]
    cbnz x8, L3
    cmp x0, #0
    mov x8, #-32
    csel x8, x8, x0, eq
    str x8, [x9, #40]
    b L3
