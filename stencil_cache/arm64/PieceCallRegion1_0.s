    stp x29, x30, [sp, #-16]!
    ldr x8, [x23, #32]
    ldr x9, [x23, #136]
    movz x29, #{uabs_g0:_JIT_FRAME_I}
    ldr x10, [x23, #120]
    str x10, [x9, x8, lsl #3]
    ldr x8, [x23, #80]
    ldr x9, [x23, #32]
    add x20, x20, x29, lsl #3
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
    ldp x9, x10, [x23, #120]
    ldr x12, [x23, #136]
    lsl x11, x29, #3
    cmp x9, x10
    sub x20, x20, x11
    csel x9, x9, x10, hi
    str x9, [x23, #80]
    ldr x8, [x12, x8, lsl #3]
    str x8, [x23, #120]
    str x0, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    ldp x29, x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
