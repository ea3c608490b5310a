    mov w8, #-57344
    cmp x8, x1, lsr #32
    b.ne L19
    mov x13, #31765
    mov x9, #-1688849860263936
    ubfiz x8, x1, #3, #32
    movk x13, #32586, lsl #16
    bfxil x9, x2, #0, #48
    ldr x2, [x0, #72]
    movk x13, #31161, lsl #32
    movk x13, #40503, lsl #48
    add x10, x2, x8
    mul x12, x9, x13
    ldp x14, x8, [x10, #24]
    add x5, x14, x2
    ldp x14, x16, [x10, #8]
    lsr x11, x12, x8
    mov x8, #-1688849860263936
    lsl x15, x14, #1
    add x17, x16, x2
    ldr w1, [x5, x11, lsl #2]
    cbz w1, L1
    sub x6, x15, #1
L0:
    sub w1, w1, #1
    lsl w7, w1, #1
    ldr x7, [x17, w7, uxtw #3]
    cmp x7, x9
    b.eq L17
    add x11, x11, #1
    and x11, x11, x6
    ldr w1, [x5, x11, lsl #2]
    cbnz w1, L0
L1:
    ldr x1, [x10]
    cmp x1, x14
    b.ne L16
    add x1, x14, x14, lsl #1
    lsl x7, x1, #3
    lsl x5, x1, #4
    cbz x7, L2
    ldr x1, [x0, #80]
    add x6, x7, x16
    cmp x6, x1
    b.ne L3
    ldr x1, [x0, #88]
    sub x7, x5, x7
    sub x1, x1, x6
    cmp x7, x1
    b.hi L21
    add x1, x5, x16
    cmn x6, #1
    str x1, [x0, #80]
    mov x1, x16
    b.ne L4
    mov x8, xzr
    b L18
L2:
    ldr x1, [x0, #80]
L3:
    ldr x6, [x0, #88]
    sub x6, x6, x1
    cmp x5, x6
    b.hi L20
    add x4, x1, x5
    str x4, [x0, #80]
L4:
    cmn x1, #1
    b.eq L14
    cmp x1, x16
    b.eq L6
    cbz x15, L6
    add x16, x1, x2
    mov x2, x15
L5:
    ldr x4, [x17], #8
    subs x2, x2, #1
    str x4, [x16], #8
    b.ne L5
L6:
    lsl x16, x14, #2
    add x4, x1, x14, lsl #5
    mov w2, #64
    stp x15, x1, [x10, #8]
    rbit x17, x16
    clz x17, x17
    sub x17, x2, x17
    stp x4, x17, [x10, #24]
    ldr x2, [x0, #72]
    add x17, x2, x4
    cbz x15, L8
L7:
    subs x15, x15, #1
    str xzr, [x17], #8
    b.ne L7
    ldr x15, [x10, #24]
    ldr x2, [x0, #72]
    add x17, x2, x15
L8:
    cbz x14, L12
    mov x15, xzr
    add x1, x2, x1
    sub x16, x16, #1
L9:
    lsl x2, x15, #4
    ldr x4, [x10, #32]
    ldr x2, [x1, x2]
    mul x2, x2, x13
    lsr x2, x2, x4
    ldr w4, [x17, x2, lsl #2]
    cbz w4, L11
L10:
    add x2, x2, #1
    and x2, x2, x16
    ldr w4, [x17, x2, lsl #2]
    cbnz w4, L10
L11:
    add x15, x15, #1
    str w15, [x17, x2, lsl #2]
    cmp x15, x14
    b.ne L9
    ldr x13, [x10, #24]
    ldr x2, [x0, #72]
    add x17, x2, x13
L12:
    ldr x13, [x10, #32]
    ldr x16, [x10, #16]
    lsr x12, x12, x13
    ldr w15, [x17, x12, lsl #2]
    cbz w15, L15
    ldr x13, [x10, #8]
    lsl x14, x13, #1
    add x13, x16, x2
    sub x14, x14, #1
L13:
    lsl w15, w15, #1
    sub w15, w15, #2
    ldr x15, [x13, w15, uxtw #3]
    cmp x15, x9
    b.eq L16
    add x12, x12, #1
    and x12, x12, x14
    ldr w15, [x17, x12, lsl #2]
    cbnz w15, L13
    mov x11, x12
    b L16
L14:
    mov x8, xzr
    b L18
L15:
    mov x11, x12
L16:
    ldr x1, [x10]
    add x12, x1, #1
    lsl x14, x1, #4
    str x12, [x10]
    ldr x13, [x0, #72]
    add x13, x13, x16
    str x9, [x13, x14]
    ldr x9, [x10, #24]
    ldr x13, [x0, #72]
    add x9, x13, x9
    str w12, [x9, x11, lsl #2]
    ldr x9, [x10, #16]
    ldr x10, [x0, #72]
    add x17, x10, x9
L17:
    bfxil x8, x3, #0, #48
    add x9, x17, x1, lsl #4
    str x8, [x9, #8]
    mov w8, #1
L18:
    mov x0, x8
    ret
L19:
    lsr x9, x4, #16
    and x10, x4, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #3
    mov w10, #1
    stp x10, x9, [x0]
    b L18
L20:
    lsr x9, x4, #16
    and x10, x4, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L18
L21:
    lsr x9, x4, #16
    and x10, x4, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L18
