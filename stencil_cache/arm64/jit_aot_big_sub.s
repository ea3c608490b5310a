    ldr x8, [x0]
    cbz x8, L4
    mov x9, xzr
    mov w8, #2
L0:
    ldr x10, [x1]
    sub x11, x8, #2
    cmp x11, x10
    b.hs L1
    ldr w10, [x1, x8, lsl #2]
    b L2
L1:
    mov x10, xzr
L2:
    ldr w11, [x0, x8, lsl #2]
    sub x10, x11, x10
    sub x11, x8, #1
    add x9, x10, x9
    str w9, [x0, x8, lsl #2]
    add x8, x8, #1
    ldr x10, [x0]
    asr x9, x9, #63
    cmp x11, x10
    b.lo L0
    cbz x10, L4
    add x8, x10, #1
L3:
    ldr w9, [x0, x8, lsl #2]
    cbnz w9, L4
    sub x9, x8, #2
    sub x8, x8, #1
    cmp x8, #1
    str x9, [x0]
    b.ne L3
L4:
    ret
