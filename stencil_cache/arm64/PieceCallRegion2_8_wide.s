    stp x29, x30, [sp, #-16]!
    ldr x8, [x23, #32]
    ldr x9, [x23, #136]
    movz x29, #{uabs_g0:_JIT_FRAME_F}
    ldr x10, [x23, #120]
    str x10, [x9, x8, lsl #3]
    ldr x8, [x23, #80]
    ldr x9, [x23, #32]
    add x21, x21, x29, lsl #3
    str x8, [x23, #120]
    add x8, x9, #1
    str x8, [x23, #32]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x23, #32]
    ldr x9, [x23]
    sub x8, x8, #1
    str x8, [x23, #32]
    cbz x9, L0
    ldp x29, x30, [sp], #16
    ret
L0:
    ldr x10, [x23, #136]
    movz x11, #{uabs_g0:_JIT_A}
    lsl x9, x29, #3
    ldr x8, [x10, x8, lsl #3]
    sub x21, x21, x9
    str x8, [x23, #120]
    str x0, [x22, x11, lsl #3]
    ldp x29, x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
