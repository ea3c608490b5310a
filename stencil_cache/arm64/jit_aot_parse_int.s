    mov x8, xzr
    cbz x1, L3
L0:
    ldrb w9, [x0, x8]
    sub w10, w9, #9
    cmp w10, #5
    b.hs L2
L1:
    add x8, x8, #1
    cmp x1, x8
    b.ne L0
    b L8
L2:
    cmp w9, #32
    b.eq L1
L3:
    cmp x8, x1
    b.hs L9
    sub x9, x0, #1
L4:
    ldrb w10, [x9, x1]
    sub w11, w10, #9
    cmp w11, #5
    b.hs L6
L5:
    sub x1, x1, #1
    cmp x1, x8
    b.hi L4
    b L10
L6:
    cmp w10, #32
    b.eq L5
    ldrb w10, [x0, x8]
    cmp w10, #45
    cset w9, eq
    cmp w10, #43
    b.eq L7
    cmp w10, #45
    b.ne L11
L7:
    add x8, x8, #1
    b L11
L8:
    mov w9, wzr
    mov x8, x1
    b L11
L9:
    mov w9, wzr
    b L11
L10:
    mov w9, wzr
    mov x1, x8
L11:
    mov w10, #10
    cbz x2, L18
    sub x11, x1, x8
    cmp x11, #2
    b.lo L18
    add x10, x0, x8
    ldrb w11, [x10]
    cmp w11, #48
    b.ne L12
    ldrb w10, [x10, #1]
    sub w11, w10, #65
    add w12, w10, #32
    cmp w11, #26
    csel w10, w12, w10, lo
    and w10, w10, #0xff
    cmp w10, #98
    b.eq L14
    cmp w10, #120
    b.eq L13
    cmp w10, #111
    b.ne L17
    mov w10, #8
    b L15
L12:
    mov w10, #10
    b L18
L13:
    mov w10, #16
    b L15
L14:
    mov w10, #2
L15:
    add x11, x8, #2
    cmp x11, x1
    b.hs L16
    ldrb w12, [x0, x11]
    add x8, x8, #3
    cmp w12, #95
    csel x8, x8, x11, eq
    b L18
L16:
    mov x8, x11
    b L18
L17:
    mov w10, #10
L18:
    cmp x8, x1
    b.hs L25
    mov x11, xzr
    mov x12, xzr
    mov x13, xzr
    add x14, x0, x8
    mov w15, #16
    mov w0, #1
    mov x2, x8
L19:
    add x16, x2, #1
    ldrb w17, [x14]
    cmp x16, x1
    b.hs L20
    cmp w17, #95
    b.ne L20
    cmp x2, x8
    b.ls L20
    ldurb w2, [x14, #-1]
    cmp w2, #95
    b.ne L24
    b L21
L20:
    sub w2, w17, #58
    cmn w2, #10
    b.hs L22
L21:
    sub w2, w17, #97
    sub x6, x17, #87
    cmp w2, #6
    csel x2, x6, x15, lo
    b L23
L22:
    sub x2, x17, #48
L23:
    sub w6, w17, #65
    add w17, w17, #9
    and x17, x17, #0x1f
    cmp w6, #6
    csel x17, x17, x2, lo
    cmp x17, x10
    b.hs L26
    mvn x2, x17
    add x13, x13, #1
    udiv x2, x2, x10
    cmp x11, x2
    madd x11, x11, x10, x17
    csinc x12, x12, xzr, ls
L24:
    cmp x1, x16
    add x14, x14, #1
    mov x2, x16
    b.ne L19
    cbz x13, L27
    adrp x8, {page21:jit_aot_program}
    add x8, x8, {pageoff12:jit_aot_program}
    cmp x10, #10
    ldr x8, [x8, #88]
    ccmp x8, #0, #4, eq
    cset w10, ne
    cmp x13, x8
    cset w8, hi
    ands w8, w10, w8
    mov w10, #1
    cinc x0, x10, eq
    tbnz w8, #0, L26
    cbnz x12, L26
    cmp w9, #0
    csneg x8, x4, x3, eq
    cmp x11, x8
    b.ls L28
    mov w0, #2
    ret
L25:
    mov w0, #1
L26:
    ret
L27:
    mov w0, #1
    ret
L28:
    cmp w9, #0
    mov x0, xzr
    cneg x8, x11, ne
    str x8, [x5]
    ret
