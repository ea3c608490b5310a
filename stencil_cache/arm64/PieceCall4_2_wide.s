    stp x29, x30, [sp, #-16]!
    movz x29, #{uabs_g0:_JIT_FRAME_C}
    ldr x8, [x23, #32]
    add x8, x8, #1
    str x8, [x23, #32]
    add x22, x22, x29, lsl #3
    bl {call26:_JIT_CALLEE}
    ldr x8, [x23, #32]
    ldr x9, [x23]
    sub x8, x8, #1
    str x8, [x23, #32]
    cbz x9, L0
    ldp x29, x30, [sp], #16
    ret
L0:
    movz x10, #{uabs_g0:_JIT_A}
    lsl x8, x29, #3
    mov x9, #-1688849860263936
    bfxil x9, x0, #0, #48
    sub x22, x22, x8
    str x9, [x22, x10, lsl #3]
    ldp x29, x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
