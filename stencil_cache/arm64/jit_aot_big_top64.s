    ldr x9, [x0]
    mov x8, x0
    cbz x9, L0
    add x10, x8, x9, lsl #2
    lsl x9, x9, #5
    ldr w10, [x10, #4]
    clz w10, w10
    sub x9, x9, x10
L0:
    mov x0, xzr
    mov x10, xzr
    add x8, x8, #8
    sub x11, x9, #1
L1:
    lsl x0, x0, #1
    cmp x10, x9
    b.hs L2
    lsr x12, x11, #3
    and x12, x12, #0x1ffffffffffffffc
    ldr w12, [x8, x12]
    lsr w12, w12, w11
    and w12, w12, #0x1
    orr x0, x0, x12
L2:
    add x10, x10, #1
    sub x11, x11, #1
    cmp x10, #64
    b.ne L1
    subs x11, x9, #64
    b.ls L5
    lsr x10, x11, #5
    cmp x11, #32
    b.lo L4
    ldr x11, [x1]
    cmp x10, #1
    mov x13, x8
    csinc x12, x10, xzr, hi
L3:
    ldr w14, [x13], #4
    cmp w14, #0
    cset w14, ne
    subs x12, x12, #1
    orr x11, x11, x14
    str x11, [x1]
    b.ne L3
L4:
    ands x9, x9, #0x1f
    b.eq L5
    mov w11, #-1
    ldr w8, [x8, x10, lsl #2]
    lsl w9, w11, w9
    bics wzr, w8, w9
    ldr x8, [x1]
    cset w9, ne
    orr x8, x8, x9
    str x8, [x1]
L5:
    ret
