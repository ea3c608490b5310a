    ldr x9, [x0]
    cbz x9, L3
    mov x8, xzr
L0:
    add x10, x0, x8, lsl #2
    add x8, x8, #1
    cmp x8, x9
    b.hs L1
    ldr w9, [x10, #12]
    lsl w9, w9, #31
    b L2
L1:
    mov w9, wzr
L2:
    ldr w11, [x10, #8]
    lsr w11, w11, #1
    orr w9, w9, w11
    str w9, [x10, #8]
    ldr x9, [x0]
    cmp x8, x9
    b.lo L0
    cbz x9, L3
    sub x8, x9, #1
    add x9, x0, x8, lsl #2
    ldr w9, [x9, #8]
    cbz w9, L4
L3:
    ret
L4:
    str x8, [x0]
    ret
