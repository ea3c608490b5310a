    ldr x8, [x0]
    cbz x8, L4
    add x10, x8, x1, lsr #5
    add x9, x0, #8
    and x12, x1, #0x1f
    add x13, x0, #4
    mov x15, x8
    add x11, x0, x10, lsl #2
    str wzr, [x9, x10, lsl #2]
    lsr x10, x1, #5
    ldr w14, [x11, #8]!
L0:
    ldr w16, [x13, x15, lsl #2]
    subs x15, x15, #1
    lsl x16, x16, x12
    lsr x17, x16, #32
    orr w14, w14, w17
    str w14, [x11]
    mov w14, w16
    str w16, [x11, #-4]!
    b.ne L0
    cmp x1, #32
    b.lo L2
    mov x11, x10
L1:
    subs x11, x11, #1
    str wzr, [x9], #4
    b.ne L1
L2:
    add x8, x8, x10
    add x8, x8, #2
L3:
    subs x9, x8, #1
    str x9, [x0]
    b.eq L4
    ldr w10, [x0, x8, lsl #2]
    mov x8, x9
    cbz w10, L3
L4:
    ret
