    adrp x9, {page21:jit_aot_program}
    add x9, x9, {pageoff12:jit_aot_program}
    ldr x8, [x9, #112]
    cbz x8, L1
    ldr x11, [x9, #104]
    mov x10, xzr
    add x9, x9, x11
    mov x11, x8
L0:
    add x12, x10, x11
    and x13, x12, #0x3ffffffffffffffe
    lsr x12, x12, #1
    ldr w13, [x9, x13, lsl #2]
    cmp x13, x0
    csel x11, x12, x11, hi
    csinc x10, x10, x12, hi
    cmp x10, x11
    b.lo L0
    sub x11, x10, #1
    cmp x10, #0
    ccmp x11, x8, #4, ne
    b.ne L2
    mov w0, #1
    ret
L1:
    mov w0, #1
    ret
L2:
    add x8, x9, x11, lsl #3
    ldr w8, [x8, #4]
    cmp x8, x0
    cset w0, ls
    ret
