    ldp x8, x10, [x0, #80]
    sub x9, x10, x8
    cmp x9, #23
    b.ls L4
    add x9, x8, #24
    cmn x8, #1
    str x9, [x0, #80]
    b.eq L0
    cbz x1, L1
    lsl x11, x1, #3
    sub x10, x10, x9
    cmp x11, x10
    b.hi L5
    add x10, x9, x11
    cmn x9, #1
    str x10, [x0, #80]
    b.ne L2
    mov x8, xzr
    b L3
L0:
    mov x8, xzr
    b L3
L1:
    mov x9, xzr
L2:
    ldr x10, [x0, #72]
    mov x11, #17592186044416
    movk x11, #65535, lsl #48
    add x10, x10, x8
    orr x8, x11, x8, lsr #3
    stp xzr, x1, [x10]
    str x9, [x10, #16]
L3:
    mov x0, x8
    ret
L4:
    lsr x9, x2, #16
    and x10, x2, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L3
L5:
    lsr x9, x2, #16
    and x10, x2, #0xffff
    mov x8, xzr
    stp x9, x10, [x0, #16]
    mov w9, #5
    mov w10, #1
    stp x10, x9, [x0]
    b L3
