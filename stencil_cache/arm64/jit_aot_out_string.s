    sub sp, sp, #112
    mov w8, #49135
    stp x22, x21, [sp, #80]
    mov x21, x2
    stp x20, x19, [sp, #96]
    mov x20, x3
    mov x22, x1
    mov x19, x0
    movk w8, #189, lsl #16
    stp x29, x30, [sp, #16]
    stp x28, x27, [sp, #32]
    stp x26, x25, [sp, #48]
    stp x24, x23, [sp, #64]
    str x8, [sp, #8]
    cbz x3, L0
    mov x0, x19
    mov w1, #34
    bl {call26:jit_aot_out_byte}
L0:
    cbz x21, L15
    mov x25, xzr
    mov w26, #-1
    add x27, sp, #8
    mov w28, #116
L1:
    add x23, x22, x25
    sub x1, x21, x25
    mov x2, sp
    mov x0, x23
    bl {call26:jit_aot_utf8}
    cmp x0, x26
    b.ne L3
    mov x23, xzr
L2:
    ldrb w1, [x27, x23]
    mov x0, x19
    bl {call26:jit_aot_out_byte}
    add x23, x23, #1
    cmp x23, #3
    b.ne L2
    ldr x29, [sp]
    b L9
L3:
    ldr x29, [sp]
    cbz x20, L5
    mov x24, x0
    cmp x0, #33
    b.gt L7
    sub x8, x24, #9
    cmp x8, #2
    b.lo L4
    cmp x24, #13
    b.ne L10
L4:
    mov x0, x19
    mov w1, #92
    bl {call26:jit_aot_out_byte}
    cmp x24, #10
    mov w8, #114
    mov w9, #110
    csel w8, w9, w8, eq
    cmp x24, #9
    mov x0, x19
    csel w1, w28, w8, eq
    bl {call26:jit_aot_out_byte}
    b L9
L5:
    cbz x29, L9
    mov x24, xzr
L6:
    ldrb w1, [x23, x24]
    mov x0, x19
    bl {call26:jit_aot_out_byte}
    add x24, x24, #1
    cmp x29, x24
    b.ne L6
    b L9
L7:
    cmp x24, #92
    b.eq L8
    cmp x24, #34
    b.ne L10
L8:
    mov x0, x19
    mov w1, #92
    bl {call26:jit_aot_out_byte}
    mov x0, x19
    mov w1, w24
    bl {call26:jit_aot_out_byte}
L9:
    add x25, x29, x25
    cmp x25, x21
    b.lo L1
    b L15
L10:
    cmp x24, #126
    b.hi L12
    cmp x24, #31
    b.hi L13
L11:
    mov x0, x19
    mov w1, #92
    bl {call26:jit_aot_out_byte}
    sub x8, x24, #256
    cmp x24, #16, lsl #12
    mov w9, #8
    lsr x8, x8, #8
    mov w10, #4
    mov x0, x19
    csel x9, x10, x9, lo
    mov w10, #117
    cmp x8, #255
    mov w8, #85
    csel w8, w10, w8, lo
    cmp x24, #255
    mov w10, #2
    csel x23, x9, x10, hi
    mov w9, #120
    csel w1, w8, w9, hi
    bl {call26:jit_aot_out_byte}
    mov x0, x19
    mov x1, x24
    mov x2, x23
    bl {call26:jit_aot_out_hex}
    b L9
L12:
    mov x0, x24
    bl {call26:jit_aot_is_printable}
    cbz x0, L11
L13:
    cbz x29, L9
    mov x24, xzr
L14:
    ldrb w1, [x23, x24]
    mov x0, x19
    bl {call26:jit_aot_out_byte}
    add x24, x24, #1
    cmp x29, x24
    b.ne L14
    b L9
L15:
    cbz x20, L16
    mov x0, x19
    ldp x20, x19, [sp, #96]
    ldp x22, x21, [sp, #80]
    mov w1, #34
    ldp x24, x23, [sp, #64]
    ldp x26, x25, [sp, #48]
    ldp x28, x27, [sp, #32]
    ldp x29, x30, [sp, #16]
    add sp, sp, #112
    b {jump26:jit_aot_out_byte}
L16:
    ldp x20, x19, [sp, #96]
    ldp x22, x21, [sp, #80]
    ldp x24, x23, [sp, #64]
    ldp x26, x25, [sp, #48]
    ldp x28, x27, [sp, #32]
    ldp x29, x30, [sp, #16]
    add sp, sp, #112
    ret
