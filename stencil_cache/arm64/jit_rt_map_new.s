    mov w10, #4
L0:
    mov x8, x10
    lsl x10, x10, #1
    cmp x8, x1
    b.lo L0
    ldp x9, x12, [x0, #80]
    sub x11, x12, x9
    cmp x11, #39
    b.ls L6
    add x11, x9, #40
    cmn x9, #1
    str x11, [x0, #80]
    b.eq L3
    add x13, x8, x8, lsl #1
    sub x12, x12, x11
    lsl x13, x13, #3
    cmp x13, x12
    b.hi L7
    add x12, x11, x13
    cmn x11, #1
    str x12, [x0, #80]
    b.eq L4
    ldr x12, [x0, #72]
    rbit x13, x10
    add x10, x11, x8, lsl #4
    mov w14, #64
    add x12, x12, x9
    clz x13, x13
    stp x11, x10, [x12, #16]
    sub x11, x14, x13
    stp xzr, x8, [x12]
    str x11, [x12, #32]
    cbz x8, L2
    ldr x11, [x0, #72]
    add x10, x11, x10
L1:
    subs x8, x8, #1
    str xzr, [x10], #8
    b.ne L1
L2:
    mov x8, #35184372088832
    movk x8, #65535, lsl #48
    orr x8, x8, x9, lsr #3
    b L5
L3:
    mov x8, xzr
    b L5
L4:
    mov x8, xzr
L5:
    mov x0, x8
    ret
L6:
    lsr x9, x2, #16
    and x10, x2, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L5
L7:
    lsr x9, x2, #16
    and x10, x2, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L5
