    stp x30, x21, [sp, #-32]!
    adrp x8, {page21:jit_aot_program}
    add x8, x8, {pageoff12:jit_aot_program}
    ldr x9, [x8, #96]
    stp x20, x19, [sp, #16]
    add x9, x8, x9
    add x9, x9, x1, lsl #3
    ldr w20, [x9, #4]
    cbz w20, L1
    ldr w9, [x9]
    mov x19, x0
    add x21, x8, x9
L0:
    ldrb w1, [x21], #1
    mov x0, x19
    bl {call26:jit_aot_out_byte}
    subs x20, x20, #1
    b.ne L0
L1:
    ldp x20, x19, [sp, #16]
    ldp x30, x21, [sp], #32
    ret
