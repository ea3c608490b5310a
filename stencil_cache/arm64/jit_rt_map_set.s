    mov w8, #-57344
    cmp x8, x1, lsr #32
    b.ne L22
    str x19, [sp, #-16]!
    mov x14, #31765
    mov x9, #-1688849860263936
    ldr x5, [x0, #72]
    movk x14, #32586, lsl #16
    bfxil x9, x2, #0, #48
    ubfiz x13, x1, #3, #32
    movk x14, #31161, lsl #32
    movk x14, #40503, lsl #48
    add x10, x5, x13
    mul x12, x9, x14
    ldp x15, x8, [x10, #24]
    add x6, x15, x5
    ldp x15, x17, [x10, #8]
    lsr x11, x12, x8
    mov x8, #-1688849860263936
    lsl x16, x15, #1
    add x1, x17, x5
    ldr w2, [x6, x11, lsl #2]
    cbz w2, L1
    sub x7, x16, #1
L0:
    sub w2, w2, #1
    lsl w19, w2, #1
    ldr x19, [x1, w19, uxtw #3]
    cmp x19, x9
    b.eq L19
    add x11, x11, #1
    and x11, x11, x7
    ldr w2, [x6, x11, lsl #2]
    cbnz w2, L0
L1:
    ldr x2, [x10]
    cmp x2, x15
    b.ne L18
    add x2, x15, x15, lsl #1
    lsl x19, x2, #3
    lsl x6, x2, #4
    cbz x19, L2
    ldr x2, [x0, #80]
    add x7, x19, x17
    cmp x7, x2
    b.ne L3
    ldr x2, [x0, #88]
    sub x19, x6, x19
    sub x2, x2, x7
    cmp x19, x2
    b.hi L24
    add x2, x6, x17
    cmn x7, #1
    str x2, [x0, #80]
    mov x2, x17
    b.ne L4
    mov x8, xzr
    b L20
L2:
    ldr x2, [x0, #80]
L3:
    ldr x7, [x0, #88]
    sub x7, x7, x2
    cmp x6, x7
    b.hi L23
    add x4, x2, x6
    str x4, [x0, #80]
L4:
    cmn x2, #1
    b.eq L16
    cmp x2, x17
    b.eq L6
    cbz x16, L6
    add x17, x2, x5
    mov x4, x16
L5:
    ldr x5, [x1], #8
    subs x4, x4, #1
    str x5, [x17], #8
    b.ne L5
L6:
    lsl x1, x15, #2
    add x5, x2, x15, lsl #5
    mov w4, #64
    stp x16, x2, [x10, #8]
    rbit x17, x1
    clz x17, x17
    sub x17, x4, x17
    stp x5, x17, [x10, #24]
    ldr x4, [x0, #72]
    add x17, x4, x5
    cbz x16, L8
L7:
    subs x16, x16, #1
    str xzr, [x17], #8
    b.ne L7
    ldr x16, [x10, #24]
    ldr x4, [x0, #72]
    add x17, x4, x16
L8:
    cbz x15, L12
    mov x16, xzr
    add x2, x4, x2
    sub x1, x1, #1
L9:
    lsl x4, x16, #4
    ldr x5, [x10, #32]
    ldr x4, [x2, x4]
    mul x4, x4, x14
    lsr x4, x4, x5
    ldr w5, [x17, x4, lsl #2]
    cbz w5, L11
L10:
    add x4, x4, #1
    and x4, x4, x1
    ldr w5, [x17, x4, lsl #2]
    cbnz w5, L10
L11:
    add x16, x16, #1
    str w16, [x17, x4, lsl #2]
    cmp x16, x15
    b.ne L9
L12:
    ldr x14, [x0, #120]
    cmp x13, x14
    b.lo L13
    ldr x14, [x0, #128]
    cmp x13, x14
    b.hs L14
L13:
    ldr x13, [x0, #80]
    str x13, [x0, #128]
L14:
    ldp x15, x13, [x10, #24]
    ldr x14, [x0, #72]
    ldr x17, [x10, #16]
    lsr x12, x12, x13
    add x13, x14, x15
    ldr w16, [x13, x12, lsl #2]
    cbz w16, L17
    ldr x15, [x10, #8]
    add x14, x17, x14
    lsl x15, x15, #1
    sub x15, x15, #1
L15:
    lsl w16, w16, #1
    sub w16, w16, #2
    ldr x16, [x14, w16, uxtw #3]
    cmp x16, x9
    b.eq L18
    add x12, x12, #1
    and x12, x12, x15
    ldr w16, [x13, x12, lsl #2]
    cbnz w16, L15
    mov x11, x12
    b L18
L16:
    mov x8, xzr
    b L20
L17:
    mov x11, x12
L18:
    ldr x2, [x10]
    add x12, x2, #1
    lsl x14, x2, #4
    str x12, [x10]
    ldr x13, [x0, #72]
    add x13, x13, x17
    str x9, [x13, x14]
    ldr x9, [x10, #24]
    ldr x13, [x0, #72]
    add x9, x13, x9
    str w12, [x9, x11, lsl #2]
    ldr x9, [x10, #16]
    ldr x10, [x0, #72]
    add x1, x10, x9
L19:
    bfxil x8, x3, #0, #48
    add x9, x1, x2, lsl #4
    str x8, [x9, #8]
    mov w8, #1
L20:
    ldr x19, [sp], #16
L21:
    mov x0, x8
    ret
L22:
    lsr x9, x4, #16
    and x10, x4, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #3
    mov w10, #1
    stp x10, x9, [x0]
    b L21
L23:
    lsr x9, x4, #16
    and x10, x4, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L20
L24:
    lsr x9, x4, #16
    and x10, x4, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L20
