    mov w8, #-57344
    cmp x8, x1, lsr #32
    mov x8, x0
    b.ne L2
    mov x10, #31765
    mov x9, #-1688849860263936
    ldr x11, [x8, #72]
    movk x10, #32586, lsl #16
    bfxil x9, x2, #0, #48
    ubfiz x8, x1, #3, #32
    movk x10, #31161, lsl #32
    mov x0, #-1688849860263936
    movk x10, #40503, lsl #48
    add x13, x11, x8
    mul x10, x9, x10
    ldp x12, x8, [x13, #24]
    lsr x10, x10, x8
    add x8, x12, x11
    ldr w12, [x8, x10, lsl #2]
    cbz w12, L3
    ldp x14, x13, [x13, #8]
    lsl x14, x14, #1
    add x11, x13, x11
    sub x13, x14, #1
L0:
    sub w12, w12, #1
    lsl w14, w12, #1
    ldr x14, [x11, w14, uxtw #3]
    cmp x14, x9
    b.eq L1
    add x10, x10, #1
    and x10, x10, x13
    ldr w12, [x8, x10, lsl #2]
    cbnz w12, L0
    mov x0, #-1688849860263936
    ret
L1:
    add x8, x11, w12, uxtw #4
    ldr x0, [x8, #8]
    ret
L2:
    lsr x9, x3, #16
    and x10, x3, #0xffff
    mov x0, xzr
    stp x9, x10, [x8, #16]
    mov w9, #3
    mov w10, #1
    stp x10, x9, [x8]
L3:
    ret
