    stp x29, x30, [sp, #-96]!
    stp x28, x27, [sp, #16]
    stp x26, x25, [sp, #32]
    stp x24, x23, [sp, #48]
    stp x22, x21, [sp, #64]
    stp x20, x19, [sp, #80]
    sub sp, sp, #17, lsl #12
    sub sp, sp, #416
    add x27, sp, #17, lsl #12
    add x8, sp, #16, lsl #12
    mov x28, x0
    add x27, x27, #336
    add x8, x8, #336
    add x9, sp, #288
    stp x8, xzr, [x27, #24]
    mov w8, #4096
    add x14, x9, #8
    stp x8, xzr, [x27, #40]
    mov w8, #2
    adrp x25, {page21:jit_aot_program}
    add x25, x25, {pageoff12:jit_aot_program}
    ldr x26, [x28], #8
    stp x8, xzr, [x27, #56]
    mov x8, xzr
    str x25, [x27]
    cbz x26, L1
    ldr x0, [x28]
    str x0, [x27, #8]
L0:
    ldrb w9, [x0, x8]
    add x8, x8, #1
    cbnz w9, L0
    sub x8, x8, #1
    b L2
L1:
    str x0, [x27, #8]
L2:
    add x10, x8, x0
    add x9, sp, #336
    mov w11, #1
    add x10, x10, #1
    str x8, [x27, #16]
L3:
    cbz x8, L4
    ldurb w12, [x10, #-2]
    sub x8, x8, #1
    sub x10, x10, #1
    sub x11, x11, #1
    cmp w12, #47
    b.ne L3
    neg x8, x11
    stp x10, x8, [x27, #8]
L4:
    mov w8, #1
    stp xzr, xzr, [sp, #320]
    mov w0, #13
    stp x8, xzr, [sp, #304]
    add x1, sp, #304
    mov w8, #134
    mov x2, xzr
    mov w3, #8
    mov x4, xzr
    mov x5, xzr
    svc #0
    cmp x26, #2
    mov x8, xzr
    b.lo L7
    mov x8, xzr
    mov w10, #1
L5:
    ldr x11, [x28, x10, lsl #3]
    mov x12, xzr
L6:
    ldrb w13, [x11, x12]
    add x12, x12, #1
    cbnz w13, L6
    sub x11, x12, #1
    add x10, x10, #1
    cmp x11, x8
    csel x8, x11, x8, hi
    cmp x10, x26
    b.ne L5
L7:
    cmp x8, #1
    mov x0, xzr
    mov w2, #3
    csinc x1, x8, xzr, hi
    mov w8, #222
    mov w3, #16418
    mov x4, #-1
    mov x5, xzr
    svc #0
    cmn x0, #4095
    b.lo L8
    neg x19, x0
    str xzr, [x27, #72]
    b L34
L8:
    str x0, [x27, #72]
    cbz x0, L33
    ldp x8, x21, [x25, #48]
    cmn x21, #1
    stp x8, x21, [sp, #288]
    b.ne L9
    movi v0.2d, #0000000000000000
    add x0, sp, #336
    mov x1, xzr
    mov x2, xzr
    mov x3, xzr
    mov x4, xzr
    mov x5, xzr
    mov w8, #179
    stp q0, q0, [x9]
    stp q0, q0, [x9, #32]
    stp q0, q0, [x9, #64]
    stp q0, q0, [x9, #96]
    svc #0
    ldr x8, [sp, #368]
    ldr w9, [sp, #440]
    mul x21, x9, x8
    str x21, [sp, #296]
L9:
    cmp x26, #2
    b.lo L36
    mov x19, xzr
    mov x10, xzr
    mov w29, #1
    str x14, [sp, #64]
L10:
    ldr x20, [x28, x29, lsl #3]
    mov x8, xzr
L11:
    ldrb w11, [x20, x8]
    mov x9, x8
    add x8, x8, #1
    cbnz w11, L11
    cbnz x10, L12
    sub x22, x8, #1
    cmp x22, #2
    b.lo L12
    ldrb w11, [x20]
    cmp w11, #45
    b.ne L12
    cmp x8, #3
    b.ne L14
    ldrb w10, [x20, #1]
    cmp w10, #45
    b.ne L14
    mov w10, #1
    b L13
L12:
    add x19, x19, #1
    str x20, [x28, x19, lsl #3]
L13:
    add x29, x29, #1
    cmp x29, x26
    b.lo L10
    b L39
L14:
    mov x21, xzr
L15:
    ldrb w10, [x20, x21]
    cmp w10, #61
    b.eq L16
    add x21, x21, #1
    cmp x9, x21
    b.ne L15
    ldr x10, [x25, #96]
    mov x21, x22
    b L17
L16:
    ldr x10, [x25, #96]
    cmp x9, x21
    b.ne L20
L17:
    add x12, x25, x10
    ldr w11, [x12, #180]
    add x11, x11, #1
    cmp x11, x8
    b.ne L19
    ldr w12, [x12, #176]
    mov x11, xzr
    add x12, x25, x12
L18:
    ldrb w13, [x20, x11]
    ldrb w14, [x12, x11]
    cmp w13, w14
    b.ne L21
    add x11, x11, #1
    cmp x9, x11
    b.ne L18
    b L37
L19:
    mov w9, #1
    b L22
L20:
    mov w9, wzr
    b L22
L21:
    mov w9, #1
L22:
    add x10, x25, x10
    ldr w11, [x10, #164]
    cmp x21, x11
    b.ne L24
    cbz x21, L29
    ldr w11, [x10, #160]
    mov x12, x21
    mov x13, x20
    add x11, x25, x11
L23:
    ldrb w14, [x13], #1
    ldrb w15, [x11], #1
    cmp w14, w15
    b.ne L24
    subs x12, x12, #1
    b.ne L23
    add x24, sp, #288
    cbnz w9, L27
    b L30
L24:
    ldr w11, [x10, #172]
    cmp x21, x11
    b.ne L38
    ldr x24, [sp, #64]
    cbz x21, L26
    ldr w10, [x10, #168]
    mov x11, x21
    mov x12, x20
    add x10, x25, x10
L25:
    ldrb w13, [x12], #1
    ldrb w14, [x10], #1
    cmp w13, w14
    b.ne L38
    subs x11, x11, #1
    b.ne L25
    ldr x24, [sp, #64]
L26:
    cbz w9, L30
L27:
    add x29, x29, #1
    cmp x29, x26
    b.eq L59
    ldr x22, [x28, x29, lsl #3]
    mov x8, xzr
L28:
    ldrb w9, [x22, x8]
    add x8, x8, #1
    cbnz w9, L28
    sub x23, x8, #1
    b L31
L29:
    add x24, sp, #288
    cbnz w9, L27
L30:
    add x9, x20, x21
    sub x8, x8, x21
    add x22, x9, #1
    sub x23, x8, #2
L31:
    ldr x2, [x27, #72]
    mov x0, x22
    mov x1, x23
    bl {call26:jit_aot_asciify}
    cmn x0, #1
    b.eq L32
    mov x1, x0
    ldr x0, [x27, #72]
    mov x2, xzr
    mov x3, #-9223372036854775808
    mov x4, #9223372036854775807
    mov x5, x24
    bl {call26:jit_aot_parse_int}
    mov x10, xzr
    cbz x0, L13
L32:
    ldp x1, x2, [x27, #8]
    add x0, x27, #24
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #25
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov x1, x20
    mov x2, x21
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #3
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov x1, x22
    mov x2, x23
    bl {call26:jit_aot_out_repr}
    add x0, x27, #24
    mov w1, #26
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    mov w19, #2
    b L35
L33:
    mov x19, xzr
L34:
    ldp x1, x2, [x27, #8]
    add x0, x27, #24
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #29
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov x1, x19
    bl {call26:jit_aot_out_u64}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    mov w19, #2
L35:
    mov x0, x19
    add sp, sp, #17, lsl #12
    add sp, sp, #416
    ldp x20, x19, [sp, #80]
    ldp x22, x21, [sp, #64]
    ldp x24, x23, [sp, #48]
    ldp x26, x25, [sp, #32]
    ldp x28, x27, [sp, #16]
    ldp x29, x30, [sp], #96
    ret
L36:
    mov x19, xzr
    b L40
L37:
    add x8, sp, #336
    add x0, sp, #144
    mov w1, #30
    stp x8, xzr, [sp, #144]
    mov w8, #65536
    stp x8, xzr, [sp, #160]
    mov w8, #1
    stp x8, xzr, [sp, #176]
    bl {call26:jit_aot_out_text}
    ldp x1, x2, [x27, #8]
    add x0, sp, #144
    bl {call26:jit_aot_out_bytes}
    add x0, sp, #144
    mov w1, #41
    bl {call26:jit_aot_out_text}
    add x0, sp, #144
    bl {call26:jit_aot_out_flush}
    mov x19, xzr
    b L35
L38:
    ldp x1, x2, [x27, #8]
    add x0, x27, #24
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #23
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov x1, x20
    mov x2, x21
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    mov w19, #2
    b L35
L39:
    ldr x21, [sp, #296]
L40:
    ldr x24, [sp, #288]
    cmp x24, #1
    b.lt L49
    tbnz x21, #63, L49
    ldr x8, [x25, #24]
    ldr x9, [x25, #40]
    add x8, x25, x8
    add x8, x8, x9, lsl #6
    ldr x9, [x8, #24]
    cmp x19, x9
    b.ne L50
    ldr x9, [x25]
    ldr x8, [x8, #16]
    add x9, x25, x9
    add x8, x9, x8
    str x8, [sp, #64]
    cbz x19, L48
    mov x23, xzr
L41:
    mov x26, x23
    add x23, x23, #1
    mov x8, xzr
    ldr x0, [x28, x23, lsl #3]
L42:
    ldrb w9, [x0, x8]
    add x8, x8, #1
    cbnz w9, L42
    ldr x9, [sp, #64]
    ldr x2, [x27, #72]
    sub x20, x8, #1
    mov x1, x20
    ldrb w29, [x9, x26]
    bl {call26:jit_aot_asciify}
    mov x22, x0
    cmp w29, #1
    str xzr, [sp, #336]
    b.eq L43
    cmn x22, #1
    cbnz w29, L44
    b.eq L56
    ldr x0, [x27, #72]
    add x5, sp, #336
    mov x1, x22
    mov w2, #1
    mov x3, #-9223372036854775808
    mov x4, #9223372036854775807
    bl {call26:jit_aot_parse_int}
    ldr x8, [sp, #336]
    cmp x0, #1
    str x8, [sp, #144]
    mov w8, #7
    cinc x22, x8, ne
    b L46
L43:
    cmn x22, #1
    b.eq L57
    ldr x0, [x27, #72]
    add x2, sp, #144
    mov x1, x22
    bl {call26:jit_aot_parse_float}
    mov w22, #9
    b L46
L44:
    b.eq L47
    ldr x0, [x27, #72]
    add x5, sp, #336
    mov x1, x22
    mov w2, #1
    mov x3, #-140737488355328
    mov x4, #140737488355327
    bl {call26:jit_aot_parse_int}
    cmp x0, #1
    b.ne L45
    ldr x0, [x27, #72]
    add x2, sp, #144
    mov x1, x22
    bl {call26:jit_aot_parse_float}
    b L47
L45:
    ldr x8, [sp, #336]
    mov x9, #-1688849860263936
    mov w22, #10
    bfxil x9, x8, #0, #48
    str x9, [sp, #144]
L46:
    sub x8, x0, #3
    cmn x8, #3
    b.hi L58
L47:
    cmp x23, x19
    b.ne L41
L48:
    ldp x22, x8, [x25, #64]
    mov x9, #1099511627776
    udiv x9, x9, x8
    cmp x24, x9
    b.ls L51
    mov x23, #4611686018427387904
    b L52
L49:
    ldp x1, x2, [x27, #8]
    cmp x24, #1
    mov w8, #27
    add x0, x27, #24
    cinc x19, x8, ge
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov x1, x19
    bl {call26:jit_aot_out_text}
    ldr x8, [sp, #288]
    add x9, sp, #288
    add x0, x27, #24
    cmp x8, #0
    cset w8, gt
    ldr x1, [x9, w8, uxtw #3]
    bl {call26:jit_aot_out_i64}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    mov w19, #2
    b L35
L50:
    ldp x1, x2, [x27, #8]
    add x0, x27, #24
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #40
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov x1, x19
    bl {call26:jit_aot_out_u64}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    mov w19, #2
    b L35
L51:
    ldr x9, [x25, #80]
    madd x23, x8, x24, x9
L52:
    add x8, x22, x22, lsl #1
    mov x0, xzr
    mov w2, #3
    mov w3, #16418
    mov x4, #-1
    mov x5, xzr
    lsl x10, x8, #3
    mov w8, #222
    cmp x10, #1
    csinc x1, x10, xzr, hi
    svc #0
    mov x20, x0
    cmn x0, #4095
    b.lo L53
    neg x19, x20
    b L65
L53:
    cbz x20, L54
    cmp x21, #1
    mov x0, xzr
    mov w8, #222
    csinc x1, x21, xzr, hi
    mov w2, #3
    mov w3, #16418
    mov x5, xzr
    svc #0
    mov x9, x0
    cmn x0, #4095
    b.lo L55
    neg x19, x9
    b L65
L54:
    mov x19, xzr
    b L65
L55:
    cbz x9, L60
    cmp x23, #1
    mov x0, xzr
    mov w8, #222
    csinc x1, x23, xzr, hi
    mov w2, #3
    mov w3, #16418
    mov x5, xzr
    svc #0
    mov x26, x0
    cmn x0, #4095
    b.lo L61
    neg x19, x26
    b L65
L56:
    mov w22, #7
    str xzr, [sp, #144]
    b L58
L57:
    mov w22, #9
L58:
    ldp x1, x2, [x27, #8]
    add x0, x27, #24
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    add x1, x26, #42
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov w1, #3
    bl {call26:jit_aot_out_text}
    ldr x1, [x28, x23, lsl #3]
    add x0, x27, #24
    mov x2, x20
    bl {call26:jit_aot_out_repr}
    add x0, x27, #24
    mov x1, x22
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    mov w19, #2
    b L35
L59:
    ldp x1, x2, [x27, #8]
    add x0, x27, #24
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #24
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov x1, x20
    mov x2, x22
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    mov w19, #2
    b L35
L60:
    mov x19, xzr
    b L65
L61:
    cbz x26, L62
    lsl x8, x24, #3
    mov x0, xzr
    mov w2, #3
    mov w3, #16418
    mov x5, xzr
    add x8, x8, #8
    cmp x8, #1
    csinc x1, x8, xzr, hi
    mov w8, #222
    svc #0
    cmn x0, #4095
    b.lo L63
    neg x19, x0
    b L65
L62:
    mov x19, xzr
    b L65
L63:
    cbz x0, L64
    lsl x8, x22, #3
    mov w11, #1
    stp xzr, xzr, [sp, #144]
    stp x11, x24, [sp, #176]
    mov x1, x9
    mov x2, x21
    add x24, x20, x8
    add x8, x20, x22, lsl #4
    stp xzr, xzr, [sp, #240]
    stp xzr, xzr, [sp, #160]
    stp x24, x8, [sp, #192]
    add x8, x20, x10
    str x8, [sp, #208]
    ldr x8, [x25]
    stp xzr, x0, [sp, #272]
    add x0, sp, #144
    add x8, x25, x8
    stp x8, xzr, [sp, #256]
    bl {call26:jit_aot_heap_init}
    cbz x0, L66
    ldp x8, x1, [x27]
    mov x21, x0
    ldr x2, [x27, #16]
    mov w19, #1
    mov w9, #5
    add x0, x27, #24
    stp x19, x9, [sp, #144]
    ldr x8, [x8, #40]
    stp x8, xzr, [sp, #160]
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    ldr x8, [x27]
    add x0, x27, #24
    add x3, sp, #144
    mov x2, xzr
    mov x4, xzr
    ldr x1, [x8, #40]
    bl {call26:jit_aot_out_outcome}
    add x0, x27, #24
    mov w1, #3
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov x1, x21
    bl {call26:jit_aot_out_u64}
    add x0, x27, #24
    mov w1, #4
    bl {call26:jit_aot_out_text}
    ldr x1, [sp, #224]
    add x0, x27, #24
    bl {call26:jit_aot_out_u64}
    add x0, x27, #24
    mov w1, #5
    bl {call26:jit_aot_out_text}
    ldr x1, [sp, #232]
    add x0, x27, #24
    bl {call26:jit_aot_out_u64}
    add x0, x27, #24
    mov w1, #6
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    b L35
L64:
    mov x19, xzr
L65:
    ldp x1, x2, [x27, #8]
    add x0, x27, #24
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #29
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov x1, x19
    bl {call26:jit_aot_out_u64}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    mov w19, #2
    b L35
L66:
    lsl x8, x22, #4
    stp x24, x26, [sp, #24]
    stp x20, x24, [sp, #120]
    add x8, x20, x8
    stp x25, x8, [sp, #8]
    str x8, [sp, #136]
    cbz x19, L80
    mov x10, xzr
    mov x22, #1099511627776
L67:
    add x8, x10, #1
    mov x25, xzr
    mov x26, #-1099511627776
    ldr x24, [x28, x8, lsl #3]
    str x8, [sp, #56]
L68:
    ldrb w8, [x24, x25]
    mov x21, x25
    add x25, x25, #1
    add x26, x26, x22
    cbnz w8, L68
    ldr x8, [sp, #64]
    ldr x2, [x27, #72]
    sub x1, x25, #1
    mov x0, x24
    stp x1, x10, [sp, #40]
    ldrb w29, [x8, x10]
    bl {call26:jit_aot_asciify}
    mov x1, x0
    cmp w29, #1
    str xzr, [sp, #336]
    b.eq L69
    cmn x1, #1
    cbnz w29, L70
    b.eq L71
    ldr x0, [x27, #72]
    add x5, sp, #336
    mov w2, #1
    mov x3, #-9223372036854775808
    mov x4, #9223372036854775807
    bl {call26:jit_aot_parse_int}
    ldr x8, [sp, #336]
    b L72
L69:
    cmn x1, #1
    b.eq L79
    ldr x0, [x27, #72]
    add x2, sp, #72
    bl {call26:jit_aot_parse_float}
    b L74
L70:
    b.eq L75
    ldr x0, [x27, #72]
    add x5, sp, #336
    mov w2, #1
    mov x3, #-140737488355328
    mov x4, #140737488355327
    mov x29, x1
    bl {call26:jit_aot_parse_int}
    cmp x0, #1
    b.ne L73
    ldr x0, [x27, #72]
    add x2, sp, #72
    mov x1, x29
    bl {call26:jit_aot_parse_float}
    cbnz x0, L75
    ldr x8, [sp, #72]
    mov x10, #9218868437227405312
    and x9, x8, #0x7fffffffffffffff
    cmp x9, x10
    mov x9, #9221120237041090560
    csel x8, x9, x8, hi
    str x8, [sp, #72]
    b L79
L71:
    mov x8, xzr
    mov w0, #1
L72:
    str x8, [sp, #72]
    b L74
L73:
    ldr x8, [sp, #336]
    mov x9, #-1688849860263936
    bfxil x9, x8, #0, #48
    str x9, [sp, #72]
L74:
    cmp x0, #3
    b.ne L79
L75:
    ldr x12, [sp, #40]
    mov x8, #-1970324836974592
    orr x8, x26, x8
    cmp x12, #5
    str x8, [sp, #72]
    b.hi L77
    cmp x25, #1
    b.eq L79
    mov x9, xzr
    mov x10, xzr
L76:
    ldrb w11, [x24, x10]
    add x10, x10, #1
    cmp x21, x10
    lsl x11, x11, x9
    add x9, x9, #8
    orr x8, x11, x8
    str x8, [sp, #72]
    b.ne L76
    b L79
L77:
    ldp x8, x10, [sp, #224]
    add x9, x25, #6
    and x9, x9, #0xfffffffffffffff8
    add x9, x9, #8
    sub x10, x10, x8
    cmp x9, x10
    b.hi L84
    ldr x11, [sp, #216]
    add x9, x8, x9
    mov x10, xzr
    str x9, [sp, #224]
    str x12, [x11, x8]
    ldr x9, [sp, #216]
    add x9, x8, x9
    add x9, x9, #8
L78:
    ldrb w11, [x24, x10]
    strb w11, [x9, x10]
    add x10, x10, #1
    cmp x21, x10
    b.ne L78
    lsr x8, x8, #3
    orr x8, x8, #0xffff000000000000
    str x8, [sp, #72]
L79:
    ldp x10, x8, [sp, #56]
    add x9, sp, #120
    ldr x11, [sp, #48]
    ldrb w8, [x8, x11]
    cmp x10, x19
    ldr x8, [x9, x8, lsl #3]
    ldr x9, [sp, #72]
    str x9, [x8, x11, lsl #3]
    b.ne L67
L80:
    ldp x4, x8, [sp, #24]
    add x1, sp, #144
    ldr x5, [sp, #16]
    mov x3, x20
    adrp x2, {page21:_JIT_CALLEE}
    add x2, x2, {pageoff12:_JIT_CALLEE}
    add x8, x8, x23
    and x0, x8, #0xfffffffffffffff0
    bl {call26:jit_aot_run_on_stack}
    ldr x8, [sp, #144]
    mov x19, x0
    cmp x8, #1
    b.ne L81
    ldp x1, x2, [x27, #8]
    add x0, x27, #24
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    ldr x8, [sp, #8]
    add x0, x27, #24
    add x3, sp, #144
    mov x2, x19
    mov x4, xzr
    ldr x1, [x8, #40]
    bl {call26:jit_aot_out_outcome}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    mov w19, #1
    b L35
L81:
    ldr x8, [sp, #224]
    mov x4, #-1
    mov x0, xzr
    mov w2, #3
    mov w3, #16418
    mov x5, xzr
    lsr x8, x8, #1
    and x8, x8, #0x7ffffffffffffff0
    add x1, x8, #16
    mov w8, #222
    svc #0
    mov x4, x0
    cmn x0, #4095
    b.lo L82
    neg x19, x4
    b L86
L82:
    cbz x4, L85
    add x8, sp, #336
    mov w9, #65536
    add x0, sp, #72
    stp x8, xzr, [sp, #72]
    mov w8, #1
    add x3, sp, #144
    stp x8, xzr, [sp, #104]
    ldr x8, [sp, #8]
    mov x2, x19
    stp x9, xzr, [sp, #88]
    ldr x1, [x8, #40]
    bl {call26:jit_aot_out_outcome}
    add x0, sp, #72
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, sp, #72
    bl {call26:jit_aot_out_flush}
    ldr x8, [sp, #112]
    cmn x8, #32
    b.eq L83
    cbnz x8, L87
L83:
    cmp x8, #0
    cset w19, ne
    b L35
L84:
    ldp x8, x1, [x27]
    mov w19, #1
    ldr x2, [x27, #16]
    mov w10, #5
    add x0, x27, #24
    stp x19, x10, [sp, #144]
    mov x20, x9
    ldr x8, [x8, #40]
    stp x8, xzr, [sp, #160]
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    ldr x8, [x27]
    add x0, x27, #24
    add x3, sp, #144
    mov x2, xzr
    mov x4, xzr
    ldr x1, [x8, #40]
    bl {call26:jit_aot_out_outcome}
    add x0, x27, #24
    mov w1, #3
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov x1, x20
    bl {call26:jit_aot_out_u64}
    add x0, x27, #24
    mov w1, #4
    bl {call26:jit_aot_out_text}
    ldr x1, [sp, #224]
    add x0, x27, #24
    bl {call26:jit_aot_out_u64}
    add x0, x27, #24
    mov w1, #5
    bl {call26:jit_aot_out_text}
    ldr x1, [sp, #232]
    add x0, x27, #24
    bl {call26:jit_aot_out_u64}
    add x0, x27, #24
    mov w1, #6
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    b L35
L85:
    mov x19, xzr
L86:
    ldp x1, x2, [x27, #8]
    add x0, x27, #24
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #29
    bl {call26:jit_aot_out_text}
    add x0, x27, #24
    mov x1, x19
    bl {call26:jit_aot_out_u64}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    mov w19, #2
    b L35
L87:
    ldp x1, x2, [x27, #8]
    add x0, x27, #24
    bl {call26:jit_aot_out_bytes}
    add x0, x27, #24
    mov w1, #58
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #32
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    mov w1, #31
    bl {call26:jit_aot_out_text}
    ldr x8, [sp, #112]
    add x0, x27, #24
    neg x1, x8
    bl {call26:jit_aot_out_u64}
    add x0, x27, #24
    mov w1, #10
    bl {call26:jit_aot_out_byte}
    add x0, x27, #24
    bl {call26:jit_aot_out_flush}
    mov w19, #1
    b L35
