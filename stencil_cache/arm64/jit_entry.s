    stp d15, d14, [sp, #-160]!
    stp x24, x23, [sp, #112]
    mov x23, x0
    stp x22, x21, [sp, #128]
    mov x21, x3
    mov x22, x4
    stp x20, x19, [sp, #144]
    mov x20, x2
    stp d13, d12, [sp, #16]
    stp d11, d10, [sp, #32]
    stp d9, d8, [sp, #48]
    stp x29, x30, [sp, #64]
    mov x29, x0
    stp x28, x27, [sp, #80]
    stp x26, x25, [sp, #96]
    blr x1
    str x0, [x29, #104]
    ldp x20, x19, [sp, #144]
    ldp x22, x21, [sp, #128]
    ldp x24, x23, [sp, #112]
    ldp x26, x25, [sp, #96]
    ldp x28, x27, [sp, #80]
    ldp x29, x30, [sp, #64]
    ldp d9, d8, [sp, #48]
    ldp d11, d10, [sp, #32]
    ldp d13, d12, [sp, #16]
    ldp d15, d14, [sp], #160
    ret
