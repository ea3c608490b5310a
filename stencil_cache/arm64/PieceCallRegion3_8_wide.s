    sub sp, sp, #32
    ldr x8, [x23, #32]
    ldr x9, [x23, #136]
    movz x11, #{uabs_g0:_JIT_FRAME_I}
    ldr x10, [x23, #120]
    stp x29, x30, [sp, #16]
    movz x29, #{uabs_g0:_JIT_FRAME_F}
    str x10, [x9, x8, lsl #3]
    ldr x8, [x23, #80]
    ldr x9, [x23, #32]
    str x8, [x23, #120]
    add x8, x9, #1
    str x11, [sp, #8]
    add x20, x20, x11, lsl #3
    add x21, x21, x29, lsl #3
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
    ldr x9, [sp, #8]
    ldr x11, [x23, #136]
    movz x12, #{uabs_g0:_JIT_A}
    lsl x10, x29, #3
    lsl x9, x9, #3
    ldr x8, [x11, x8, lsl #3]
    ldp x29, x30, [sp, #16]
    sub x21, x21, x10
    sub x20, x20, x9
    str x8, [x23, #120]
    str x0, [x22, x12, lsl #3]
    add sp, sp, #32
    b {jump26:_JIT_CONTINUE}
