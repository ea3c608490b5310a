    sub sp, sp, #80
    subs x8, x1, #1
    adrp x9, {page21:jit_aot_program}
    add x9, x9, {pageoff12:jit_aot_program}
    stp x20, x19, [sp, #64]
    mov x20, x1
    cmp x1, #0
    adrp x3, {page21:jit_aot_state}
    add x3, x3, {pageoff12:jit_aot_state}
    ldp x1, x2, [x3, #152]
    ldr x9, [x9, #168]
    csel x8, x8, xzr, gt
    mov x19, x0
    stp x0, xzr, [sp]
    stp x8, xzr, [sp, #16]
    mov x8, #-1
    mov x0, sp
    add x4, x3, x9
    stp xzr, x30, [sp, #40]
    str x8, [sp, #32]
    bl {call26:jit_aot_out_outcome}
    cmp x20, #1
    b.lt L0
    ldr x8, [sp, #8]
    strb wzr, [x19, x8]
L0:
    ldp x20, x19, [sp, #64]
    ldr x0, [sp, #24]
    ldr x30, [sp, #48]
    add sp, sp, #80
    ret
