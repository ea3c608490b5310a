    sub sp, sp, #112
    mov x8, #-281474976710656
    stp x22, x21, [sp, #80]
    mov x22, x1
    stp x20, x19, [sp, #96]
    mov x20, x2
    cmp x1, x8
    mov x19, x0
    stp x29, x30, [sp, #16]
    stp x28, x27, [sp, #32]
    stp x26, x25, [sp, #48]
    stp x24, x23, [sp, #64]
    b.lo L0
    ubfx x8, x22, #44, #4
    sub x8, x8, #3
    cmn x8, #3
    b.hi L4
L0:
    lsr x8, x22, #48
    mov w9, #65535
    cmp w8, w9
    b.eq L2
    mov w9, #65529
    cmp w8, w9
    b.ne L3
    ubfx x8, x22, #40, #4
    mov w9, #5
    add x1, sp, #8
    mov x0, x19
    mov x3, xzr
    str x22, [sp, #8]
    cmp x8, #5
    csel x2, x8, x9, lo
    bl {call26:jit_aot_out_string}
L1:
    ldp x20, x19, [sp, #96]
    ldp x22, x21, [sp, #80]
    ldp x24, x23, [sp, #64]
    ldp x26, x25, [sp, #48]
    ldp x28, x27, [sp, #32]
    ldp x29, x30, [sp, #16]
    add sp, sp, #112
    ret
L2:
    tst x22, #0xf00000000000
    b.eq L24
L3:
    mov x9, #-2251799813685249
    cmp x22, x9
    b.hi L22
    mov x0, x19
    mov x1, x22
    ldp x20, x19, [sp, #96]
    ldp x22, x21, [sp, #80]
    ldp x24, x23, [sp, #64]
    ldp x26, x25, [sp, #48]
    ldp x28, x27, [sp, #32]
    ldp x29, x30, [sp, #16]
    add sp, sp, #112
    b {jump26:jit_aot_out_f64}
L4:
    ldr x8, [x20, #72]
    ubfiz x9, x22, #3, #32
    and x10, x22, #0xf00000000000
    mov x11, #35184372088832
    mov x0, x19
    mov x21, x3
    cmp x10, x11
    add x8, x8, x9
    mov w10, #91
    cset w9, eq
    mov w11, #123
    stp x8, x9, [x3]
    csel w1, w11, w10, eq
    ldr x9, [x8, #8]
    orr x9, x9, #0x8000000000000000
    str x9, [x8, #8]
    bl {call26:jit_aot_out_byte}
    mov w26, #1
    mov w27, #125
    mov w28, #93
    mov x29, #-281474976710656
    mov w24, #65535
    mov w23, #65529
L5:
    add x25, x21, x26, lsl #4
    ldp x9, x8, [x25, #-16]
    ldr x11, [x9]
    and x10, x8, #0x1
    lsr x22, x8, #1
    lsl x11, x11, x10
    cmp x22, x11
    b.ne L7
    ldr x8, [x9, #8]
    cmp x10, #0
    mov x0, x19
    csel w1, w28, w27, eq
    and x8, x8, #0x7fffffffffffffff
    str x8, [x9, #8]
    bl {call26:jit_aot_out_byte}
    sub x26, x26, #1
L6:
    cbnz x26, L5
    b L1
L7:
    mvn w9, w8
    add x10, x8, #2
    tst x9, #0x3
    stur x10, [x25, #-8]
    b.ne L8
    mov w1, #58
    b L9
L8:
    cmp x8, #2
    b.lo L10
    mov w1, #44
L9:
    mov x0, x19
    bl {call26:jit_aot_out_byte}
    mov x0, x19
    mov w1, #32
    bl {call26:jit_aot_out_byte}
L10:
    ldur x8, [x25, #-16]
    ldr x9, [x20, #72]
    ldr x8, [x8, #16]
    add x8, x8, x9
    ldr x22, [x8, x22, lsl #3]
    cmp x22, x29
    b.lo L11
    ubfx x8, x22, #44, #4
    sub x8, x8, #3
    cmn x8, #3
    b.hi L14
L11:
    lsr x8, x22, #48
    cmp w8, w24
    b.eq L12
    cmp w8, w23
    b.ne L13
    ubfx x8, x22, #40, #4
    mov w9, #5
    add x1, sp, #8
    mov x0, x19
    mov w3, #1
    str x22, [sp, #8]
    cmp x8, #5
    csel x2, x8, x9, lo
    bl {call26:jit_aot_out_string}
    b L6
L12:
    tst x22, #0xf00000000000
    b.eq L17
L13:
    mov x9, #-2251799813685249
    cmp x22, x9
    b.hi L15
    mov x0, x19
    mov x1, x22
    bl {call26:jit_aot_out_f64}
    b L6
L14:
    ubfiz x8, x22, #3, #32
    add x8, x8, x9
    ldr x9, [x8, #8]
    tbnz x9, #63, L18
    and x9, x22, #0xf00000000000
    mov x10, #35184372088832
    mov x0, x19
    cmp x9, x10
    add x26, x26, #1
    cset w9, eq
    stp x8, x9, [x25]
    ldr x9, [x8, #8]
    orr x9, x9, #0x8000000000000000
    str x9, [x8, #8]
    mov w8, #91
    mov w9, #123
    csel w1, w9, w8, eq
    bl {call26:jit_aot_out_byte}
    b L6
L15:
    mov w9, #65530
    cmp w8, w9
    b.gt L16
    mov w9, #65528
    cmp w8, w9
    b.eq L20
    mov w9, #65530
    cmp w8, w9
    b.ne L19
    sbfx x1, x22, #0, #48
    mov x0, x19
    bl {call26:jit_aot_out_i64}
    b L6
L16:
    mov w9, #65531
    cmp w8, w9
    b.eq L21
    mov w9, #65532
    cmp w8, w9
    b.ne L19
    mov x0, x19
    mov w1, #13
    bl {call26:jit_aot_out_text}
    b L6
L17:
    ubfiz x8, x22, #3, #32
    mov x0, x19
    mov w3, #1
    add x1, x8, x9
    ldr x2, [x1], #8
    bl {call26:jit_aot_out_string}
    b L6
L18:
    and x8, x22, #0xf00000000000
    mov x9, #35184372088832
    mov x0, x19
    cmp x8, x9
    mov w8, #18
    cinc x1, x8, eq
    bl {call26:jit_aot_out_text}
    b L6
L19:
    mov x0, x19
    mov w1, #15
    bl {call26:jit_aot_out_text}
    mov x0, x19
    mov x1, x22
    mov w2, #16
    bl {call26:jit_aot_out_hex}
    mov x0, x19
    mov w1, #62
    bl {call26:jit_aot_out_byte}
    b L6
L20:
    mov x0, x19
    mov w1, #14
    bl {call26:jit_aot_out_text}
    and x1, x22, #0xffffffffffff
    mov x0, x19
    bl {call26:jit_aot_out_u64}
    b L6
L21:
    tst x22, #0x1
    mov w8, #11
    mov x0, x19
    cinc x1, x8, eq
    bl {call26:jit_aot_out_text}
    b L6
L22:
    mov w9, #65530
    cmp w8, w9
    b.gt L23
    mov w9, #65528
    cmp w8, w9
    b.eq L26
    mov w9, #65530
    cmp w8, w9
    b.ne L25
    sbfx x1, x22, #0, #48
    mov x0, x19
    ldp x20, x19, [sp, #96]
    ldp x22, x21, [sp, #80]
    ldp x24, x23, [sp, #64]
    ldp x26, x25, [sp, #48]
    ldp x28, x27, [sp, #32]
    ldp x29, x30, [sp, #16]
    add sp, sp, #112
    b {jump26:jit_aot_out_i64}
L23:
    mov w9, #65531
    cmp w8, w9
    b.eq L27
    mov w9, #65532
    cmp w8, w9
    b.ne L25
    mov x0, x19
    ldp x20, x19, [sp, #96]
    ldp x22, x21, [sp, #80]
    mov w1, #13
    ldp x24, x23, [sp, #64]
    ldp x26, x25, [sp, #48]
    ldp x28, x27, [sp, #32]
    ldp x29, x30, [sp, #16]
    add sp, sp, #112
    b {jump26:jit_aot_out_text}
L24:
    ldr x8, [x20, #72]
    ubfiz x9, x22, #3, #32
    mov x0, x19
    ldp x20, x19, [sp, #96]
    mov x3, xzr
    add x1, x8, x9
    ldp x22, x21, [sp, #80]
    ldp x24, x23, [sp, #64]
    ldp x26, x25, [sp, #48]
    ldp x28, x27, [sp, #32]
    ldp x29, x30, [sp, #16]
    ldr x2, [x1], #8
    add sp, sp, #112
    b {jump26:jit_aot_out_string}
L25:
    mov x0, x19
    mov w1, #15
    bl {call26:jit_aot_out_text}
    mov x0, x19
    mov x1, x22
    mov w2, #16
    bl {call26:jit_aot_out_hex}
    mov x0, x19
    ldp x20, x19, [sp, #96]
    ldp x22, x21, [sp, #80]
    mov w1, #62
    ldp x24, x23, [sp, #64]
    ldp x26, x25, [sp, #48]
    ldp x28, x27, [sp, #32]
    ldp x29, x30, [sp, #16]
    add sp, sp, #112
    b {jump26:jit_aot_out_byte}
L26:
    mov x0, x19
    mov w1, #14
    bl {call26:jit_aot_out_text}
    and x1, x22, #0xffffffffffff
    mov x0, x19
    ldp x20, x19, [sp, #96]
    ldp x22, x21, [sp, #80]
    ldp x24, x23, [sp, #64]
    ldp x26, x25, [sp, #48]
    ldp x28, x27, [sp, #32]
    ldp x29, x30, [sp, #16]
    add sp, sp, #112
    b {jump26:jit_aot_out_u64}
L27:
    tst x22, #0x1
    mov x0, x19
    mov w8, #11
    ldp x20, x19, [sp, #96]
    cinc x1, x8, eq
    ldp x22, x21, [sp, #80]
    ldp x24, x23, [sp, #64]
    ldp x26, x25, [sp, #48]
    ldp x28, x27, [sp, #32]
    ldp x29, x30, [sp, #16]
    add sp, sp, #112
    b {jump26:jit_aot_out_text}
