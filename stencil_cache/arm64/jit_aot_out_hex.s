    cbz x2, L1
    str x30, [sp, #-48]!
    lsl x8, x2, #2
    stp x22, x21, [sp, #16]
    mov x21, x0
    stp x20, x19, [sp, #32]
    mov x19, x2
    mov x20, x1
    sub x22, x8, #4
L0:
    lsr x8, x20, x22
    mov x0, x21
    sub x19, x19, #1
    and x8, x8, #0xf
    orr w9, w8, #0x30
    add w10, w8, #87
    cmp x8, #10
    csel w1, w9, w10, lo
    bl {call26:jit_aot_out_byte}
    sub x22, x22, #4
    cbnz x19, L0
    ldp x20, x19, [sp, #32]
    ldp x22, x21, [sp, #16]
    ldr x30, [sp], #48
L1:
    ret
