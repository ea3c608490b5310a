    ldrsb w9, [x0]
    and x8, x9, #0xff
    tbnz w9, #31, L1
    mov w12, #1
L0:
    mov x0, x8
    str x12, [x2]
    ret
L1:
    and w9, w9, #0xff
    sub w10, w9, #194
    cmp w10, #29
    b.hi L2
    and x9, x8, #0x1f
    mov w13, #191
    mov w10, #128
    mov w11, #2
    b L4
L2:
    and w10, w9, #0xf0
    cmp w10, #224
    b.ne L3
    cmp w9, #224
    mov w10, #128
    mov w11, #160
    csel x10, x11, x10, eq
    cmp w9, #237
    mov w11, #191
    mov w12, #159
    and x9, x8, #0xf
    csel x13, x12, x11, eq
    mov w11, #3
    b L4
L3:
    sub w10, w9, #240
    cmp w10, #4
    b.hi L8
    cmp w9, #240
    mov w10, #128
    mov w11, #144
    csel x10, x11, x10, eq
    cmp w9, #244
    mov w11, #191
    mov w12, #143
    and x9, x8, #0x7
    csel x13, x12, x11, eq
    mov w11, #4
L4:
    cmp x1, #1
    mov w14, #1
    mov w8, #-1
    csinc x12, x1, xzr, hi
L5:
    cmp x12, x14
    b.eq L0
    ldrb w15, [x0, x14]
    cmp x10, x15
    b.hi L6
    cmp x13, x15
    b.lo L7
    bfi x15, x9, #6, #58
    add x14, x14, #1
    mov w13, #191
    cmp x11, x14
    mov w10, #128
    mov x9, x15
    b.ne L5
    mov x12, x11
    mov x8, x9
    b L0
L6:
    mov x12, x14
    b L0
L7:
    mov x12, x14
    b L0
L8:
    mov w8, #-1
    mov w12, #1
    b L0
