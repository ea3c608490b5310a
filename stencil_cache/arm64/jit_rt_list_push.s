    ldr x12, [x0, #72]
    ubfiz x10, x1, #3, #32
    add x8, x12, x10
    ldp x9, x11, [x8]
    cmp x9, x11
    b.ne L6
    lsl x11, x9, #1
    mov w13, #4
    lsl x17, x9, #3
    ldr x14, [x8, #16]
    cmp x11, #4
    csel x11, x11, x13, hi
    lsl x15, x11, #3
    cbz x17, L0
    ldr x13, [x0, #80]
    add x16, x14, x17
    cmp x16, x13
    b.ne L1
    ldr x13, [x0, #88]
    sub x17, x15, x17
    sub x13, x13, x16
    cmp x17, x13
    b.hi L10
    add x13, x14, x15
    cmn x16, #1
    str x13, [x0, #80]
    mov x13, x14
    b.ne L2
    mov x8, xzr
    b L7
L0:
    ldr x13, [x0, #80]
L1:
    ldr x16, [x0, #88]
    sub x16, x16, x13
    cmp x15, x16
    b.hi L9
    add x15, x13, x15
    str x15, [x0, #80]
L2:
    cmn x13, #1
    b.eq L8
    cmp x13, x14
    b.eq L4
    cbz x9, L4
    add x15, x13, x12
    add x12, x14, x12
    mov x14, x9
L3:
    ldr x16, [x12], #8
    subs x14, x14, #1
    str x16, [x15], #8
    b.ne L3
L4:
    stp x11, x13, [x8, #8]
    ldr x11, [x0, #120]
    cmp x10, x11
    b.lo L5
    ldr x11, [x0, #128]
    cmp x10, x11
    b.hs L6
L5:
    ldr x10, [x0, #80]
    str x10, [x0, #128]
L6:
    ldr x10, [x8, #16]
    ldr x11, [x0, #72]
    add x10, x11, x10
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
