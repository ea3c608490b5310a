    stp d15, d14, [sp, #-80]!
    stp d13, d12, [sp, #16]
    mov x9, x0
    mov x0, x1
    stp d11, d10, [sp, #32]
    mov x1, x2
    mov x2, x3
    stp d9, d8, [sp, #48]
    mov x3, x4
    mov x4, x5
    stp x30, x19, [sp, #64]
    mov x19, sp
    mov sp, x9
    bl {call26:jit_entry}
    mov sp, x19
    ldp x30, x19, [sp, #64]
    ldp d9, d8, [sp, #48]
    ldp d11, d10, [sp, #32]
    ldp d13, d12, [sp, #16]
    ldp d15, d14, [sp], #80
    ret
