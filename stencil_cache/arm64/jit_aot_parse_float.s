    stp x29, x30, [sp, #-96]!
    stp x28, x27, [sp, #16]
    stp x26, x25, [sp, #32]
    stp x24, x23, [sp, #48]
    stp x22, x21, [sp, #64]
    stp x20, x19, [sp, #80]
    sub sp, sp, #1056
    mov x19, x2
    mov x22, x1
    mov x20, x0
    mov x8, xzr
    cbz x1, L3
L0:
    ldrb w9, [x20, x8]
    sub w10, w9, #9
    cmp w10, #5
    b.hs L2
L1:
    add x8, x8, #1
    cmp x22, x8
    b.ne L0
    b L13
L2:
    cmp w9, #32
    b.eq L1
L3:
    cmp x8, x22
    mov x24, x22
    b.hs L7
    sub x9, x20, #1
    mov x24, x22
L4:
    ldrb w10, [x9, x24]
    sub w11, w10, #9
    cmp w11, #5
    b.hs L6
L5:
    sub x24, x24, #1
    cmp x24, x8
    b.hi L4
    b L14
L6:
    cmp w10, #32
    b.eq L5
L7:
    cmp x8, x24
    b.hs L11
    mov w0, #1
    mov x9, x8
L8:
    add x10, x20, x9
    ldrb w11, [x10]
    cmp w11, #95
    b.ne L9
    cmp x9, x8
    b.eq L72
    add x9, x9, #1
    cmp x9, x24
    b.eq L72
    ldurb w10, [x10, #-1]
    sub w10, w10, #58
    cmn w10, #10
    b.lo L72
    ldrb w10, [x20, x9]
    sub w10, w10, #58
    cmn w10, #10
    b.hs L10
    b L72
L9:
    add x9, x9, #1
L10:
    cmp x9, x24
    b.ne L8
L11:
    cmp x8, x22
    b.hs L15
    ldrb w9, [x20, x8]
    cmp w9, #45
    cset w10, eq
    lsl x23, x10, #63
    b.eq L12
    cmp w9, #43
    b.ne L16
L12:
    add x22, x8, #1
    b L17
L13:
    mov x23, xzr
    mov x24, x22
    b L17
L14:
    mov x23, xzr
    mov x24, x8
    mov x22, x8
    b L17
L15:
    mov x23, xzr
    mov x22, x8
    b L17
L16:
    mov x22, x8
L17:
    sub x9, x24, x22
    cmp x9, #8
    b.eq L18
    cmp x9, #3
    b.ne L19
L18:
    cmp x24, x22
    b.ne L28
L19:
    add x0, sp, #8
    mov x1, xzr
    bl {call26:jit_aot_big_set}
    cmp x24, x22
    b.ls L27
    add x9, x20, x22
    mov x21, xzr
    mov x28, xzr
    mov x26, xzr
    mov x27, xzr
    mov x25, xzr
    neg x22, x22
    mov x29, x9
L20:
    ldrb w8, [x29], #1
    sub w10, w8, #58
    and w10, w10, #0xff
    cmp w10, #245
    b.hi L21
    cmp w8, #95
    b.eq L24
    cmp w8, #46
    b.ne L34
    cbnz x28, L34
    mov w28, #1
    b L24
L21:
    add x27, x27, #1
    cbnz x25, L22
    cmp w8, #48
    b.ne L22
    mov x25, xzr
    sub x21, x21, x28
    b L24
L22:
    cmp x25, #799
    b.hi L23
    sub w2, w8, #48
    add x0, sp, #8
    mov w1, #10
    bl {call26:jit_aot_big_mul_add}
    add x25, x25, #1
    sub x21, x21, x28
    b L24
L23:
    cmp w8, #48
    cset w8, ne
    cmp x28, #0
    orr x26, x26, x8
    cinc x21, x21, eq
L24:
    sub x22, x22, #1
    mov x9, x29
    cmn x24, x22
    b.ne L20
    mov x8, x24
    cbz x27, L30
L25:
    cmp x8, x24
    b.ne L31
    cbz x26, L26
    add x0, sp, #8
    mov w1, #10
    mov w2, #1
    bl {call26:jit_aot_big_mul_add}
    add x25, x25, #1
    sub x21, x21, #1
L26:
    cbz x25, L36
    add x8, x21, x25
    cmp x8, #309
    b.le L37
    mov x8, #9218868437227405312
    b L71
L27:
    mov w0, #1
    b L72
L28:
    mov x10, xzr
    mov x8, xzr
    add x11, x20, x22
L29:
    ldrb w12, [x11], #1
    sub w13, w12, #65
    add w14, w12, #32
    cmp w13, #26
    csel w12, w14, w12, lo
    subs x9, x9, #1
    and x12, x12, #0xff
    lsl x12, x12, x10
    add x10, x10, #8
    orr x8, x12, x8
    b.ne L29
    mov w9, #28265
    movk w9, #102, lsl #16
    cmp x8, x9
    mov x9, #9218868437227405312
    b.eq L33
    mov w10, #24942
    movk w10, #110, lsl #16
    cmp x8, x10
    b.eq L32
    mov x10, #28265
    movk x10, #26982, lsl #16
    movk x10, #26990, lsl #32
    movk x10, #31092, lsl #48
    cmp x8, x10
    b.eq L33
    b L19
L30:
    mov w0, #1
    b L72
L31:
    mov w0, #1
    b L72
L32:
    mov x9, #9221120237041090560
L33:
    orr x8, x9, x23
    mov x0, xzr
    str x8, [x19]
    b L72
L34:
    cbz x27, L38
    sub w10, w8, #65
    add w11, w8, #32
    cmp w10, #26
    csel w8, w11, w8, lo
    and w8, w8, #0xff
    cmp w8, #101
    b.ne L39
    mov w8, #1
    sub x8, x8, x22
    cmp x8, x24
    b.hs L41
    ldrb w10, [x9, #1]
    cmp w10, #45
    cset w9, eq
    cmp w10, #43
    b.eq L35
    cmp w10, #45
    b.ne L42
L35:
    mov w8, #2
    sub x8, x8, x22
    b L42
L36:
    mov x8, xzr
    b L71
L37:
    cmn x8, #324
    b.ge L40
    mov x8, xzr
    b L71
L38:
    mov w0, #1
    b L72
L39:
    neg x8, x22
    b L25
L40:
    str xzr, [sp, #1048]
    tbnz x21, #63, L48
    add x0, sp, #8
    mov x1, x21
    bl {call26:jit_aot_big_mul_pow10}
    add x0, sp, #8
    bl {call26:jit_aot_big_bits}
    mov x20, x0
    add x0, sp, #8
    add x1, sp, #1048
    bl {call26:jit_aot_big_top64}
    cmp x20, #1024
    b.le L49
    mov x8, #9218868437227405312
    b L71
L41:
    mov w9, wzr
L42:
    cmp x8, x24
    b.hs L47
    mov w13, #57600
    mov x11, xzr
    mov x10, xzr
    mov w12, #10
    movk w13, #1525, lsl #16
L43:
    ldrb w14, [x20, x8]
    sub w15, w14, #58
    cmn w15, #11
    b.hi L44
    cmp w14, #95
    b.eq L45
    b L46
L44:
    madd x11, x10, x12, x14
    cmp x10, x13
    sub x11, x11, #48
    csel x10, x11, x10, lt
    mov w11, #1
L45:
    add x8, x8, #1
    cmp x24, x8
    b.ne L43
    mov x8, x24
L46:
    cmp w9, #0
    cneg x9, x10, ne
    cbz x11, L51
    add x21, x9, x21
    b L25
L47:
    mov w0, #1
    b L72
L48:
    add x0, sp, #528
    mov w1, #1
    bl {call26:jit_aot_big_set}
    neg x1, x21
    add x0, sp, #528
    bl {call26:jit_aot_big_mul_pow10}
    add x0, sp, #528
    bl {call26:jit_aot_big_bits}
    mov x20, x0
    add x0, sp, #8
    bl {call26:jit_aot_big_bits}
    sub x8, x20, x0
    adds x20, x8, #63
    b.mi L52
    add x0, sp, #8
    mov x1, x20
    bl {call26:jit_aot_big_shl}
    b L53
L49:
    add x8, x20, #1074
    cmn x20, #1022
    mov w9, #53
    csel x8, x9, x8, gt
    ldr x9, [sp, #1048]
    cmp x8, #0
    b.le L59
    neg x10, x8
    mov x11, #-1
    mov x12, #-9223372036854775808
    lsl x11, x11, x10
    lsr x12, x12, x8
    lsr x8, x0, x10
    bic x11, x0, x11
    cmp x11, x12
    b.ls L60
L50:
    add x8, x8, #1
    b L61
L51:
    mov w0, #1
    b L72
L52:
    neg x1, x20
    add x0, sp, #528
    bl {call26:jit_aot_big_shl}
L53:
    add x0, sp, #528
    add x1, sp, #528
    add x2, sp, #8
    bl {call26:jit_aot_big_cmp_sum}
    cmp x0, #0
    b.gt L54
    add x0, sp, #528
    mov w1, #1
    bl {call26:jit_aot_big_shl}
    sub x20, x20, #1
L54:
    add x0, sp, #528
    mov w1, #63
    mov w22, #63
    bl {call26:jit_aot_big_shl}
    mov x21, xzr
    mov w24, #1
L55:
    add x0, sp, #8
    add x1, sp, #528
    bl {call26:jit_aot_big_cmp}
    tbnz x0, #63, L56
    add x0, sp, #8
    add x1, sp, #528
    bl {call26:jit_aot_big_sub}
    lsl x8, x24, x22
    orr x21, x8, x21
L56:
    add x0, sp, #528
    bl {call26:jit_aot_big_shr1}
    sub x22, x22, #1
    cmn x22, #1
    b.ne L55
    clz x12, x21
    add x9, x12, x20
    neg x10, x9
    cmp x10, #960
    b.le L57
    mov x8, #9218868437227405312
    b L71
L57:
    mov w8, #1138
    cmn x10, #1086
    mov w11, #53
    sub x8, x8, x9
    lsl x12, x21, x12
    csel x8, x11, x8, gt
    ldr x11, [sp, #8]
    cmp x8, #0
    b.le L62
    neg x13, x8
    mov x14, #-1
    mov x15, #-9223372036854775808
    lsl x14, x14, x13
    lsr x15, x15, x8
    lsr x8, x12, x13
    bic x14, x12, x14
    cmp x14, x15
    b.ls L63
L58:
    add x8, x8, #1
    b L64
L59:
    mov x10, #-9223372036854775808
    cmp x0, x10
    ccmp x9, #0, #0, ls
    ccmp x8, #0, #0, ne
    cset w8, eq
    b L71
L60:
    b.ne L61
    and x10, x8, #0x1
    orr x9, x9, x10
    cbnz x9, L50
L61:
    cmn x20, #1021
    b.lt L71
    lsr x9, x8, #53
    cbnz x9, L65
    sub x20, x20, #1
    b L68
L62:
    mov x9, #-9223372036854775808
    cmp x12, x9
    ccmp x11, #0, #0, ls
    ccmp x8, #0, #0, ne
    cset w8, eq
    b L71
L63:
    b.ne L64
    and x12, x8, #0x1
    orr x11, x11, x12
    cbnz x11, L58
L64:
    cmn x10, #1085
    b.lt L71
    lsr x10, x8, #53
    cbnz x10, L66
    mov w10, #63
    b L70
L65:
    cmp x20, #1024
    b.ne L67
    mov x8, #9218868437227405312
    b L71
L66:
    cmn x9, #960
    b.ne L69
    mov x8, #9218868437227405312
    b L71
L67:
    lsr x8, x8, #1
L68:
    bfi x8, x20, #52, #12
    mov x9, #4607182418800017408
    add x8, x8, x9
    b L71
L69:
    lsr x8, x8, #1
    mov w10, #64
L70:
    sub w9, w10, w9
    bfi x8, x9, #52, #12
    mov x9, #4607182418800017408
    add x8, x8, x9
L71:
    mov x0, xzr
    orr x8, x8, x23
    str x8, [x19]
L72:
    add sp, sp, #1056
    ldp x20, x19, [sp, #80]
    ldp x22, x21, [sp, #64]
    ldp x24, x23, [sp, #48]
    ldp x26, x25, [sp, #32]
    ldp x28, x27, [sp, #16]
    ldp x29, x30, [sp], #96
    ret
