    sub sp, sp, #32
    ldr x8, [x23, #32]
    ldr x9, [x23, #136]
    movz x11, #{uabs_g0:_JIT_FRAME_F}
    ldr x10, [x23, #120]
    stp x29, x30, [sp, #16]
    movz x29, #{uabs_g0:_JIT_FRAME_C}
    str x10, [x9, x8, lsl #3]
    ldr x8, [x23, #80]
    ldr x9, [x23, #32]
    str x8, [x23, #120]
    add x8, x9, #1
    str x11, [sp, #8]
    add x21, x21, x11, lsl #3
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
    ldr x9, [sp, #8]
    ldp x11, x12, [x23, #120]
    lsl x10, x29, #3
    scvtf d4, x0
    lsl x9, x9, #3
    ldp x29, x30, [sp, #16]
    cmp x11, x12
    sub x22, x22, x10
    sub x21, x21, x9
    ldr x9, [x23, #136]
    csel x11, x11, x12, hi
    str x11, [x23, #80]
    ldr x8, [x9, x8, lsl #3]
    str x8, [x23, #120]
    str d4, [x21, #{ldst64_abs12:_JIT_A_OFF}]
    add sp, sp, #32
    b {jump26:_JIT_CONTINUE}
