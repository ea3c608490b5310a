    sub sp, sp, #16
    mov w8, #65529
    cmp x8, x1, lsr #48
    b.ne L0
    ubfx x9, x1, #40, #4
    str x1, [sp, #8]
    add x10, sp, #8
    b L2
L0:
    mov w8, #-65536
    cmp x8, x1, lsr #32
    b.ne L1
    ldr x8, [x0, #72]
    ubfiz x9, x1, #3, #32
    add x10, x8, x9
    ldr x9, [x10], #8
    b L2
L1:
    mov x9, #-1
L2:
    mov w8, #65529
    cmp x8, x2, lsr #48
    b.ne L3
    ubfx x8, x2, #40, #4
    str x2, [sp]
    mov x11, sp
    b L4
L3:
    mov w8, #-65536
    cmp x8, x2, lsr #32
    b.ne L11
    ldr x8, [x0, #72]
    ubfiz x11, x2, #3, #32
    add x11, x8, x11
    ldr x8, [x11], #8
L4:
    cmn x9, #1
    b.eq L11
    cmn x8, #1
    b.eq L11
    add x13, x8, x9
    cmp x13, #5
    b.hi L6
    mov x8, #-1970324836974592
    orr x8, x8, x13, lsl #40
    cbz x13, L13
    mov x12, xzr
    mov x14, xzr
    sub x11, x11, x9
L5:
    cmp x14, x9
    csel x15, x10, x11, lo
    ldrb w15, [x15, x14]
    add x14, x14, #1
    cmp x13, x14
    lsl x15, x15, x12
    add x12, x12, #8
    orr x8, x15, x8
    b.ne L5
    b L13
L6:
    ldp x12, x15, [x0, #80]
    add x14, x13, #15
    and x14, x14, #0xfffffffffffffff8
    sub x15, x15, x12
    cmp x14, x15
    b.hi L14
    add x14, x12, x14
    cmn x12, #1
    str x14, [x0, #80]
    b.eq L12
    ldr x14, [x0, #72]
    add x14, x14, x12
    str x13, [x14], #8
    cbz x9, L8
    mov x13, x14
    mov x15, x9
L7:
    ldrb w16, [x10], #1
    subs x15, x15, #1
    strb w16, [x13], #1
    b.ne L7
L8:
    cbz x8, L10
    add x9, x14, x9
L9:
    ldrb w10, [x11], #1
    subs x8, x8, #1
    strb w10, [x9], #1
    b.ne L9
L10:
    lsr x8, x12, #3
    orr x8, x8, #0xffff000000000000
    b L13
L11:
    lsr x9, x3, #16
    and x10, x3, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #3
    mov w10, #1
    stp x10, x9, [x0]
    b L13
L12:
    mov x8, xzr
L13:
    mov x0, x8
    add sp, sp, #16
    ret
L14:
    lsr x9, x3, #16
    and x10, x3, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L13
