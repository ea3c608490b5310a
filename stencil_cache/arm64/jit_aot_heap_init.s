    adrp x9, {page21:jit_aot_program}
    add x9, x9, {pageoff12:jit_aot_program}
    ldr x8, [x9, #8]
    stp xzr, x2, [x0, #80]
    str x1, [x0, #72]
    ldr x10, [x9, #16]
    cbz x10, L3
    mov x10, xzr
    add x11, x9, x8
L0:
    add x12, x11, x10
    sub x13, x2, x10
    ldr x8, [x12]
    add x8, x8, #7
    and x8, x8, #0xfffffffffffffff8
    add x8, x8, #8
    cmp x8, x13
    b.hi L4
    cbz x8, L2
    add x13, x1, x10
    mov x14, x8
L1:
    ldrb w15, [x12], #1
    subs x14, x14, #1
    strb w15, [x13], #1
    b.ne L1
L2:
    add x10, x8, x10
    str x10, [x0, #80]
    ldr x8, [x9, #16]
    cmp x10, x8
    b.lo L0
    mov x8, xzr
    b L4
L3:
    mov x8, xzr
L4:
    mov x0, x8
    ret
