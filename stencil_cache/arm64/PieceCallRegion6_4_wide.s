    sub sp, sp, #32
    ldr x8, [x23, #32]
    ldr x9, [x23, #136]
    movz x11, #{uabs_g0:_JIT_FRAME_C}
    ldr x10, [x23, #120]
    stp x29, x30, [sp, #16]
    movz x29, #{uabs_g0:_JIT_FRAME_F}
    str x10, [x9, x8, lsl #3]
    ldr x8, [x23, #80]
    ldr x9, [x23, #32]
    str x8, [x23, #120]
    add x8, x9, #1
    add x21, x21, x29, lsl #3
    str x11, [sp, #8]
    add x22, x22, x11, lsl #3
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
    ldp x10, x11, [x23, #120]
    lsl x9, x29, #3
    ldr x12, [sp, #8]
    ldr x13, [x23, #136]
    sub x21, x21, x9
    movz x9, #{uabs_g0:_JIT_A}
    cmp x10, x11
    lsl x12, x12, #3
    csel x10, x10, x11, hi
    str x10, [x23, #80]
    ldp x29, x30, [sp, #16]
    ldr x8, [x13, x8, lsl #3]
    sub x22, x22, x12
    str x8, [x23, #120]
    str x0, [x21, x9, lsl #3]
    add sp, sp, #32
    b {jump26:_JIT_CONTINUE}
