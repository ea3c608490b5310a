    sub sp, sp, #80
    stp x30, x25, [sp, #16]
    stp x24, x23, [sp, #32]
    stp x22, x21, [sp, #48]
    stp x20, x19, [sp, #64]
    cbz x1, L5
    mov x20, x2
    mov x21, x1
    mov x22, x0
    mov x19, xzr
    mov x23, xzr
    mov w25, #-1
    adrp x24, {page21:jit_aot_program}
    add x24, x24, {pageoff12:jit_aot_program}
L0:
    sub x1, x21, x23
    add x0, x22, x23
    add x2, sp, #8
    bl {call26:jit_aot_utf8}
    cmp x0, #126
    b.ls L4
    cmp x0, x25
    b.eq L6
    ldr x8, [x24, #144]
    cbz x8, L2
    ldr x9, [x24, #136]
    mov x10, xzr
    mov x11, x8
    add x9, x24, x9
L1:
    add x12, x10, x11
    lsr x12, x12, #1
    ldr w13, [x9, x12, lsl #2]
    cmp x0, x13
    csel x11, x12, x11, lo
    csinc x10, x10, x12, lo
    cmp x10, x11
    b.lo L1
    sub x11, x10, #1
    cmp x10, #0
    ccmp x11, x8, #4, ne
    b.eq L2
    ldr w8, [x9, x11, lsl #2]
    cmp x0, x8
    b.ne L2
    mov w0, #32
    b L4
L2:
    ldr x8, [x24, #128]
    cbz x8, L7
    ldr x9, [x24, #120]
    mov x10, xzr
    mov x11, x8
    add x9, x24, x9
L3:
    add x12, x10, x11
    and x13, x12, #0x3ffffffffffffffe
    lsr x12, x12, #1
    ldr w13, [x9, x13, lsl #2]
    cmp x0, x13
    csel x11, x12, x11, lo
    csinc x10, x10, x12, lo
    cmp x10, x11
    b.lo L3
    sub x11, x10, #1
    cmp x10, #0
    ccmp x11, x8, #4, ne
    b.eq L8
    add x8, x9, x11, lsl #3
    ldp w10, w9, [x8]
    sub x8, x0, x10
    cmp x8, x9, lsr #4
    b.hs L9
    and w9, w9, #0xf
    add w8, w8, w9
    add w0, w8, #48
L4:
    ldr x8, [sp, #8]
    strb w0, [x20, x19]
    add x19, x19, #1
    add x23, x8, x23
    cmp x23, x21
    b.lo L0
    b L10
L5:
    mov x19, xzr
    b L10
L6:
    mov x19, #-1
    b L10
L7:
    mov x19, #-1
    b L10
L8:
    mov x19, #-1
    b L10
L9:
    mov x19, #-1
L10:
    mov x0, x19
    ldp x20, x19, [sp, #64]
    ldp x22, x21, [sp, #48]
    ldp x24, x23, [sp, #32]
    ldp x30, x25, [sp, #16]
    add sp, sp, #80
    ret
