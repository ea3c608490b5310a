    sub sp, sp, #112
    stp x20, x19, [sp, #96]
    mov x19, x0
    stp x29, x30, [sp, #16]
    stp x28, x27, [sp, #32]
    stp x26, x25, [sp, #48]
    stp x24, x23, [sp, #64]
    stp x22, x21, [sp, #80]
    cbz x2, L12
    mov x20, x2
    mov x21, x1
    mov x9, xzr
    mov x8, xzr
    mov x10, xzr
L0:
    ldrb w11, [x21, x10]
    add x10, x10, #1
    cmp w11, #39
    cset w12, eq
    cmp w11, #34
    cset w11, eq
    cmp x20, x10
    orr x9, x9, x12
    orr x8, x8, x11
    b.ne L0
    cmp x9, #0
    mov x0, x19
    cset w9, ne
    cmp x8, #0
    cset w8, eq
    tst w9, w8
    mov w8, #39
    mov w9, #34
    csel w1, w9, w8, ne
    csel x25, x9, x8, ne
    str w1, [sp, #4]
    bl {call26:jit_aot_out_byte}
    mov x26, xzr
    mov w27, #-1
    mov w28, #56320
L1:
    add x23, x21, x26
    sub x1, x20, x26
    add x2, sp, #8
    mov x0, x23
    bl {call26:jit_aot_utf8}
    ldr x29, [sp, #8]
    cmp x0, x27
    b.ne L3
    cbz x29, L5
    mov x24, xzr
L2:
    ldrb w22, [x23, x24]
    mov x0, x19
    mov w1, #92
    bl {call26:jit_aot_out_byte}
    mov x0, x19
    mov w1, #117
    bl {call26:jit_aot_out_byte}
    orr x1, x22, x28
    mov x0, x19
    mov w2, #4
    bl {call26:jit_aot_out_hex}
    add x24, x24, #1
    cmp x29, x24
    b.ne L2
    b L5
L3:
    mov x24, x0
    cmp x0, x25
    b.eq L4
    cmp x24, #92
    b.eq L4
    cmp x24, #13
    b.hi L6
    mov w8, #1
    mov w9, #9728
    lsl x8, x8, x24
    tst x8, x9
    b.eq L6
    mov x0, x19
    mov w1, #92
    bl {call26:jit_aot_out_byte}
    cmp x24, #10
    mov w8, #114
    mov w9, #110
    csel w8, w9, w8, eq
    cmp x24, #9
    mov w9, #116
    csel w1, w9, w8, eq
    mov x0, x19
    bl {call26:jit_aot_out_byte}
    b L5
L4:
    mov x0, x19
    mov w1, #92
    bl {call26:jit_aot_out_byte}
    mov x0, x19
    mov w1, w24
    bl {call26:jit_aot_out_byte}
L5:
    add x26, x29, x26
    cmp x26, x20
    b.lo L1
    b L11
L6:
    cmp x24, #126
    b.hi L8
    cmp x24, #31
    b.hi L9
L7:
    mov x0, x19
    mov w1, #92
    bl {call26:jit_aot_out_byte}
    sub x8, x24, #256
    cmp x24, #16, lsl #12
    mov w9, #4
    lsr x8, x8, #8
    mov w10, #8
    mov x0, x19
    csel x9, x9, x10, lo
    mov w10, #85
    cmp x8, #255
    mov w8, #117
    csel w8, w8, w10, lo
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
    b L5
L8:
    mov x0, x24
    bl {call26:jit_aot_is_printable}
    cbz x0, L7
L9:
    cbz x29, L5
    mov x24, xzr
L10:
    ldrb w1, [x23, x24]
    mov x0, x19
    bl {call26:jit_aot_out_byte}
    add x24, x24, #1
    cmp x29, x24
    b.ne L10
    b L5
L11:
    ldr w20, [sp, #4]
    b L13
L12:
    mov x0, x19
    mov w1, #39
    mov w20, #39
    bl {call26:jit_aot_out_byte}
L13:
    mov x0, x19
    mov w1, w20
    ldp x20, x19, [sp, #96]
    ldp x22, x21, [sp, #80]
    ldp x24, x23, [sp, #64]
    ldp x26, x25, [sp, #48]
    ldp x28, x27, [sp, #32]
    ldp x29, x30, [sp, #16]
    add sp, sp, #112
    b {jump26:jit_aot_out_byte}
