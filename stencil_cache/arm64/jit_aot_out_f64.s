    sub sp, sp, #80
    stp x22, x21, [sp, #48]
    mov x8, #9218868437227405312
    and x21, x1, #0x7ff0000000000000
    stp x20, x19, [sp, #64]
    mov x20, x1
    cmp x21, x8
    mov x19, x0
    stp x30, x23, [sp, #32]
    b.ne L0
    and x8, x20, #0xfffffffffffff
    cbz x8, L0
    mov x0, x19
    ldp x20, x19, [sp, #64]
    ldp x22, x21, [sp, #48]
    mov w1, #17
    ldp x30, x23, [sp, #32]
    add sp, sp, #80
    b {jump26:jit_aot_out_text}
L0:
    tbz x20, #63, L1
    mov x0, x19
    mov w1, #45
    bl {call26:jit_aot_out_byte}
L1:
    mov x8, #9218868437227405312
    cmp x21, x8
    b.ne L2
    mov x0, x19
    ldp x20, x19, [sp, #64]
    ldp x22, x21, [sp, #48]
    mov w1, #16
    ldp x30, x23, [sp, #32]
    add sp, sp, #80
    b {jump26:jit_aot_out_text}
L2:
    ands x0, x20, #0x7fffffffffffffff
    b.eq L6
    add x1, sp, #12
    mov x2, sp
    bl {call26:jit_aot_shortest}
    ldr x21, [sp]
    mov x20, x0
    sub x8, x21, #17
    cmn x8, #21
    b.hi L7
    ldrb w8, [sp, #12]
    mov x0, x19
    add w1, w8, #48
    bl {call26:jit_aot_out_byte}
    cmp x20, #2
    b.lo L4
    mov x0, x19
    mov w1, #46
    bl {call26:jit_aot_out_byte}
    add x8, sp, #12
    sub x20, x20, #1
    orr x22, x8, #0x1
L3:
    ldrb w8, [x22], #1
    mov x0, x19
    add w1, w8, #48
    bl {call26:jit_aot_out_byte}
    subs x20, x20, #1
    b.ne L3
L4:
    mov x0, x19
    mov w1, #101
    bl {call26:jit_aot_out_byte}
    subs x20, x21, #1
    mov w8, #43
    mov w9, #45
    csel w1, w9, w8, lt
    mov x0, x19
    bl {call26:jit_aot_out_byte}
    add x8, x21, #8
    cmp x8, #18
    b.hi L5
    mov x0, x19
    mov w1, #48
    bl {call26:jit_aot_out_byte}
L5:
    mov w8, #1
    cmp x21, #1
    mov x0, x19
    sub x8, x8, x21
    ldp x22, x21, [sp, #48]
    csel x1, x8, x20, lt
    ldp x20, x19, [sp, #64]
    ldp x30, x23, [sp, #32]
    add sp, sp, #80
    b {jump26:jit_aot_out_u64}
L6:
    mov x0, x19
    mov w1, #48
    bl {call26:jit_aot_out_byte}
    mov x0, x19
    mov w1, #46
    bl {call26:jit_aot_out_byte}
    mov x0, x19
    ldp x20, x19, [sp, #64]
    ldp x22, x21, [sp, #48]
    mov w1, #48
    ldp x30, x23, [sp, #32]
    add sp, sp, #80
    b {jump26:jit_aot_out_byte}
L7:
    cmp x21, #0
    b.le L10
    cmp x21, x20
    b.hs L15
    add x22, sp, #12
    mov x23, x21
L8:
    ldrb w8, [x22], #1
    mov x0, x19
    add w1, w8, #48
    bl {call26:jit_aot_out_byte}
    subs x23, x23, #1
    b.ne L8
    mov x0, x19
    mov w1, #46
    bl {call26:jit_aot_out_byte}
    add x8, sp, #12
    sub x20, x20, x21
    add x22, x8, x21
L9:
    ldrb w8, [x22], #1
    mov x0, x19
    add w1, w8, #48
    bl {call26:jit_aot_out_byte}
    subs x20, x20, #1
    b.ne L9
    b L14
L10:
    mov x0, x19
    mov w1, #48
    bl {call26:jit_aot_out_byte}
    mov x0, x19
    mov w1, #46
    bl {call26:jit_aot_out_byte}
    cbz x21, L12
L11:
    mov x0, x19
    mov w1, #48
    bl {call26:jit_aot_out_byte}
    adds x21, x21, #1
    b.lo L11
L12:
    cbz x20, L14
    add x21, sp, #12
L13:
    ldrb w8, [x21], #1
    mov x0, x19
    add w1, w8, #48
    bl {call26:jit_aot_out_byte}
    subs x20, x20, #1
    b.ne L13
L14:
    ldp x20, x19, [sp, #64]
    ldp x22, x21, [sp, #48]
    ldp x30, x23, [sp, #32]
    add sp, sp, #80
    ret
L15:
    cbz x20, L17
    add x22, sp, #12
    mov x23, x20
L16:
    ldrb w8, [x22], #1
    mov x0, x19
    add w1, w8, #48
    bl {call26:jit_aot_out_byte}
    subs x23, x23, #1
    b.ne L16
L17:
    subs x20, x21, x20
    b.eq L19
L18:
    mov x0, x19
    mov w1, #48
    bl {call26:jit_aot_out_byte}
    subs x20, x20, #1
    b.ne L18
L19:
    mov x0, x19
    mov w1, #46
    bl {call26:jit_aot_out_byte}
    mov x0, x19
    ldp x20, x19, [sp, #64]
    ldp x22, x21, [sp, #48]
    mov w1, #48
    ldp x30, x23, [sp, #32]
    add sp, sp, #80
    b {jump26:jit_aot_out_byte}
