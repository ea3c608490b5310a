    sub sp, sp, #32
    ldr x8, [x23, #32]
    ldr x9, [x23, #136]
    movz x11, #{uabs_g0:_JIT_FRAME_I}
    ldr x10, [x23, #120]
    stp x29, x30, [sp, #16]
    movz x12, #{uabs_g0:_JIT_FRAME_F}
    str x10, [x9, x8, lsl #3]
    movz x29, #{uabs_g0:_JIT_FRAME_C}
    ldr x8, [x23, #80]
    ldr x9, [x23, #32]
    str x8, [x23, #120]
    add x8, x9, #1
    stp x12, x11, [sp]
    add x20, x20, x11, lsl #3
    add x21, x21, x12, lsl #3
    add x22, x22, x29, lsl #3
    str x8, [x23, #32]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x23, #32]
    ldr x9, [x23]
    sub x8, x8, #1
    str x8, [x23, #32]
    cbz x9, L0
    ldp x29, x30, [sp, #16]
    add sp, sp, #32
    ret
L0:
    ldp x10, x9, [sp]
    ldr x12, [x23, #136]
    lsl x11, x29, #3
    ldp x29, x30, [sp, #16]
    lsl x9, x9, #3
    lsl x10, x10, #3
    ldr x8, [x12, x8, lsl #3]
    sub x22, x22, x11
    sub x20, x20, x9
    sub x21, x21, x10
    str x8, [x23, #120]
    str x0, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    add sp, sp, #32
    b {jump26:_JIT_CONTINUE}
