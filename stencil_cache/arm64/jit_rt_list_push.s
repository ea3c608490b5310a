    ldr x11, [x0, #72]
    ubfiz x8, x1, #3, #32
    add x8, x11, x8
    ldp x9, x10, [x8]
    cmp x9, x10
    b.ne L2
    lsl x10, x9, #1
    mov w12, #4
    cmp x10, #4
    csel x12, x10, x12, hi
    ldp x10, x14, [x0, #80]
    lsl x13, x12, #3
    sub x14, x14, x10
    cmp x13, x14
    b.hi L6
    add x13, x10, x13
    cmn x10, #1
    str x13, [x0, #80]
    b.eq L5
    cbz x9, L1
    ldr x14, [x8, #16]
    add x13, x10, x11
    add x11, x14, x11
    mov x14, x9
L0:
    ldr x15, [x11], #8
    subs x14, x14, #1
    str x15, [x13], #8
    b.ne L0
L1:
    stp x12, x10, [x8, #8]
    ldr x11, [x0, #72]
    b L3
L2:
    ldr x10, [x8, #16]
L3:
    add x10, x11, x10
    add x11, x9, #1
    str x2, [x10, x9, lsl #3]
    str x11, [x8]
    mov w8, #1
L4:
    mov x0, x8
    ret
L5:
    mov x8, xzr
    b L4
L6:
    lsr x9, x3, #16
    and x10, x3, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L4
