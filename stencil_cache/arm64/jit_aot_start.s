    stp x29, x30, [sp, #-16]!
    mov x29, sp
    add x0, x29, #16
    bl {call26:jit_aot_main}
    mov x6, x0
    mov x1, xzr
    mov x2, xzr
    mov x3, xzr
    mov x4, xzr
    mov x5, xzr
L0:
    mov x0, x6
    mov w8, #94
    svc #0
    b L0
