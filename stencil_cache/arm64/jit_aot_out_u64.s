    sub sp, sp, #64
    mov x9, #-3689348814741910324
    stp x20, x19, [sp, #48]
    mov x19, x0
    mov x8, xzr
    movk x9, #52429
    mov w10, #10
    add x11, sp, #12
    stp x30, x21, [sp, #32]
L0:
    umulh x12, x1, x9
    cmp x1, #9
    lsr x12, x12, #3
    msub w13, w12, w10, w1
    mov x1, x12
    orr w13, w13, #0x30
    strb w13, [x11, x8]
    add x8, x8, #1
    b.hi L0
    cbz x8, L2
    add x9, sp, #12
    sub x20, x9, #1
L1:
    ldrb w1, [x20, x8]
    mov x0, x19
    sub x21, x8, #1
    bl {call26:jit_aot_out_byte}
    mov x8, x21
    cbnz x21, L1
L2:
    ldp x20, x19, [sp, #48]
    ldp x30, x21, [sp, #32]
    add sp, sp, #64
    ret
