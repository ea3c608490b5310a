    str x30, [sp, #-32]!
    stp x20, x19, [sp, #16]
    mov x20, x1
    mov x19, x0
    tbz x1, #63, L0
    mov x0, x19
    mov w1, #45
    bl {call26:jit_aot_out_byte}
L0:
    cmp x20, #0
    mov x0, x19
    cneg x1, x20, mi
    ldp x20, x19, [sp, #16]
    ldr x30, [sp], #32
    b {jump26:jit_aot_out_u64}
