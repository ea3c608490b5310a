    mov w8, #-57344
    cmp x8, x1, lsr #32
    b.ne L17
    mov x13, #31765
    mov x9, #-1688849860263936
    ldr x16, [x0, #72]
    movk x13, #32586, lsl #16
    bfxil x9, x2, #0, #48
    ubfiz x8, x1, #3, #32
    movk x13, #31161, lsl #32
    movk x13, #40503, lsl #48
    add x10, x16, x8
    mul x12, x9, x13
    ldp x14, x8, [x10, #24]
    add x5, x14, x16
    ldp x14, x17, [x10, #8]
    lsr x11, x12, x8
    mov x8, #-1688849860263936
    lsl x15, x14, #1
    ldr w2, [x5, x11, lsl #2]
    cbz w2, L1
    add x1, x17, x16
    sub x6, x15, #1
L0:
    sub w2, w2, #1
    lsl w7, w2, #1
    ldr x7, [x1, w7, uxtw #3]
    cmp x7, x9
    b.eq L13
    add x11, x11, #1
    and x11, x11, x6
    ldr w2, [x5, x11, lsl #2]
    cbnz w2, L0
L1:
    ldr x1, [x10]
    cmp x1, x14
    b.ne L11
    add x1, x14, x14, lsl #1
    ldp x17, x2, [x0, #80]
    lsl x1, x1, #4
    sub x2, x2, x17
    cmp x1, x2
    b.hi L18
    add x1, x17, x1
    cmn x17, #1
    str x1, [x0, #80]
    b.eq L15
    cbz x15, L3
    ldr x2, [x10, #16]
    add x1, x17, x16
    add x16, x2, x16
    mov x2, x15
L2:
    ldr x4, [x16], #8
    subs x2, x2, #1
    str x4, [x1], #8
    b.ne L2
L3:
    lsl x1, x14, #2
    add x4, x17, x14, lsl #5
    mov w2, #64
    stp x15, x17, [x10, #8]
    rbit x16, x1
    clz x16, x16
    sub x16, x2, x16
    stp x4, x16, [x10, #24]
    ldr x2, [x0, #72]
    add x16, x2, x4
    cbz x15, L5
L4:
    subs x15, x15, #1
    str xzr, [x16], #8
    b.ne L4
    ldr x15, [x10, #24]
    ldr x2, [x0, #72]
    add x16, x2, x15
L5:
    cbz x14, L9
    mov x15, xzr
    add x17, x2, x17
    sub x1, x1, #1
L6:
    lsl x2, x15, #4
    ldr x4, [x10, #32]
    ldr x2, [x17, x2]
    mul x2, x2, x13
    lsr x2, x2, x4
    ldr w4, [x16, x2, lsl #2]
    cbz w4, L8
L7:
    add x2, x2, #1
    and x2, x2, x1
    ldr w4, [x16, x2, lsl #2]
    cbnz w4, L7
L8:
    add x15, x15, #1
    str w15, [x16, x2, lsl #2]
    cmp x15, x14
    b.ne L6
    ldr x13, [x10, #24]
    ldr x2, [x0, #72]
    add x16, x2, x13
L9:
    ldr x13, [x10, #32]
    ldr x17, [x10, #16]
    lsr x12, x12, x13
    ldr w15, [x16, x12, lsl #2]
    cbz w15, L12
    ldr x13, [x10, #8]
    lsl x14, x13, #1
    add x13, x17, x2
    sub x14, x14, #1
L10:
    lsl w15, w15, #1
    sub w15, w15, #2
    ldr x15, [x13, w15, uxtw #3]
    cmp x15, x9
    b.eq L16
    add x12, x12, #1
    and x12, x12, x14
    ldr w15, [x16, x12, lsl #2]
    cbnz w15, L10
    b L12
L11:
    mov x12, x11
L12:
    ldr x2, [x10]
    add x11, x2, #1
    lsl x14, x2, #4
    str x11, [x10]
    ldr x13, [x0, #72]
    add x13, x13, x17
    str x9, [x13, x14]
    ldr x9, [x10, #24]
    ldr x13, [x0, #72]
    add x9, x13, x9
    str w11, [x9, x12, lsl #2]
    ldr x9, [x10, #16]
    ldr x10, [x0, #72]
    add x1, x10, x9
L13:
    bfxil x8, x3, #0, #48
    add x9, x1, x2, lsl #4
    str x8, [x9, #8]
    mov w8, #1
L14:
    mov x0, x8
    ret
L15:
    mov x8, xzr
    b L14
L16:
    mov x12, x11
    b L12
L17:
    lsr x9, x4, #16
    and x10, x4, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #3
    mov w10, #1
    stp x10, x9, [x0]
    b L14
L18:
    lsr x9, x4, #16
    and x10, x4, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L14
