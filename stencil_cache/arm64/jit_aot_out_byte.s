    str x30, [sp, #-32]!
    ldp x8, x9, [x0, #8]
    stp x20, x19, [sp, #16]
    mov x19, x0
    mov w20, w1
    cmp x8, x9
    b.ne L0
    mov x0, x19
    bl {call26:jit_aot_out_flush}
    ldp x8, x9, [x19, #8]
L0:
    cmp x8, x9
    b.hs L1
    ldr x9, [x19]
    add x10, x8, #1
    str x10, [x19, #8]
    strb w20, [x9, x8]
L1:
    ldr x8, [x19, #24]
    add x8, x8, #1
    str x8, [x19, #24]
    ldp x20, x19, [sp, #16]
    ldr x30, [sp], #32
    ret
