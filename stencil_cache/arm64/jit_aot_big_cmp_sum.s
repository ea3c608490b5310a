    str x29, [sp, #-16]!
    sub sp, sp, #528
    ldr x9, [x0]
    ldr x10, [x1]
    cmp x9, x10
    csel x8, x9, x10, hi
    cbz x8, L5
    add x15, sp, #8
    mov x11, xzr
    mov x12, xzr
    add x13, x0, #8
    add x14, x1, #8
    add x15, x15, #8
L0:
    cmp x11, x9
    b.hs L1
    ldr w16, [x13, x11, lsl #2]
    b L2
L1:
    mov x16, xzr
L2:
    cmp x11, x10
    b.hs L3
    ldr w17, [x14, x11, lsl #2]
    b L4
L3:
    mov x17, xzr
L4:
    add x12, x12, x16
    add x12, x12, x17
    str w12, [x15, x11, lsl #2]
    add x11, x11, #1
    lsr x12, x12, #32
    cmp x8, x11
    b.ne L0
    cbz x12, L5
    add x9, sp, #8
    mov w10, #1
    add x9, x9, x8, lsl #2
    add x8, x8, #1
    str w10, [x9, #8]
L5:
    ldr x9, [x2]
    str x8, [sp, #8]
    cmp x8, x9
    b.ne L7
    add x10, sp, #8
    add x9, x2, #4
    orr x10, x10, #0x4
L6:
    cbz x8, L8
    ldr w11, [x10, x8, lsl #2]
    ldr w12, [x9, x8, lsl #2]
    sub x8, x8, #1
    cmp w11, w12
    b.eq L6
    mov x8, #-1
    cneg x0, x8, hs
    b L9
L7:
    mov x8, #-1
    cneg x0, x8, hs
    b L9
L8:
    mov x0, xzr
L9:
    add sp, sp, #528
    ldr x29, [sp], #16
    ret
