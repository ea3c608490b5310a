    ldr x10, [x0, #72]
    ubfiz x8, x1, #3, #32
    add x8, x10, x8
    ldp x9, x11, [x8]
    cmp x9, x11
    b.ne L0
    lsl x11, x9, #1
    mov w12, #4
    lsl x16, x9, #3
    ldr x13, [x8, #16]
    cmp x11, #4
    csel x11, x11, x12, hi
    lsl x14, x11, #3
    cbz x16, L1
    ldr x12, [x0, #80]
    add x15, x13, x16
    cmp x15, x12
    b.ne L2
    ldr x12, [x0, #88]
    sub x16, x14, x16
    sub x12, x12, x15
    cmp x16, x12
    b.hi L10
    add x12, x13, x14
    cmn x15, #1
    str x12, [x0, #80]
    mov x12, x13
    b.ne L3
    mov x8, xzr
    b L7
L0:
    ldr x12, [x8, #16]
    b L6
L1:
    ldr x12, [x0, #80]
L2:
    ldr x15, [x0, #88]
    sub x15, x15, x12
    cmp x14, x15
    b.hi L9
    add x14, x12, x14
    str x14, [x0, #80]
L3:
    cmn x12, #1
    b.eq L8
    cmp x12, x13
    b.eq L5
    cbz x9, L5
    add x14, x12, x10
    add x10, x13, x10
    mov x13, x9
L4:
    ldr x15, [x10], #8
    subs x13, x13, #1
    str x15, [x14], #8
    b.ne L4
L5:
    stp x11, x12, [x8, #8]
    ldr x10, [x0, #72]
L6:
    add x10, x10, x12
    add x11, x9, #1
    str x2, [x10, x9, lsl #3]
    str x11, [x8]
    mov w8, #1
L7:
    mov x0, x8
    ret
L8:
    mov x8, xzr
    b L7
L9:
    lsr x9, x3, #16
    and x10, x3, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L7
L10:
    lsr x9, x3, #16
    and x10, x3, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L7
