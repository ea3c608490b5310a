    stp x30, x23, [sp, #-48]!
    ldr x8, [x3]
    stp x20, x19, [sp, #32]
    mov x19, x3
    mov x20, x0
    stp x22, x21, [sp, #16]
    cmp x8, #2
    b.eq L0
    cmp x8, #1
    adrp x22, {page21:jit_aot_program}
    add x22, x22, {pageoff12:jit_aot_program}
    b.ne L1
    ldr x8, [x22, #24]
    ldr x9, [x19, #16]
    mov x0, x20
    mov x1, xzr
    add x8, x22, x8
    add x23, x8, x9, lsl #6
    bl {call26:jit_aot_out_text}
    ldr x8, [x19, #8]
    mov x0, x20
    add x1, x8, #32
    bl {call26:jit_aot_out_text}
    mov x0, x20
    mov w1, #1
    mov w21, #1
    bl {call26:jit_aot_out_text}
    ldp x8, x2, [x23]
    mov x0, x20
    add x1, x22, x8
    bl {call26:jit_aot_out_bytes}
    mov x0, x20
    mov w1, #2
    bl {call26:jit_aot_out_text}
    ldr x1, [x19, #24]
    mov x0, x20
    bl {call26:jit_aot_out_u64}
    b L2
L0:
    ldr x8, [x19, #96]
    mov x0, x20
    mov x2, x19
    mov x3, x4
    orr x1, x8, #0xfff8000000000000
    bl {call26:jit_aot_out_cell}
    mov x21, xzr
    b L2
L1:
    ldr x8, [x22, #24]
    mov x0, x20
    mov x3, x19
    add x8, x22, x8
    add x8, x8, x1, lsl #6
    ldr x1, [x8, #32]
    bl {call26:jit_aot_out_value}
    mov x21, xzr
L2:
    mov x0, x21
    ldp x20, x19, [sp, #32]
    ldp x22, x21, [sp, #16]
    ldp x30, x23, [sp], #48
    ret
