    ldr x8, [x0]
    cbz x8, L0
    add x9, x0, x8, lsl #2
    lsl x8, x8, #5
    ldr w9, [x9, #4]
    clz w9, w9
    sub x0, x8, x9
    ret
L0:
    mov x0, xzr
    ret
