    cbz x2, L1
    stp x30, x21, [sp, #-32]!
    stp x20, x19, [sp, #16]
    mov x19, x2
    mov x20, x1
    mov x21, x0
L0:
    ldrb w1, [x20], #1
    mov x0, x21
    bl {call26:jit_aot_out_byte}
    subs x19, x19, #1
    b.ne L0
    ldp x20, x19, [sp, #16]
    ldp x30, x21, [sp], #32
L1:
    ret
