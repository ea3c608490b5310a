    sub sp, sp, #32
    stp x29, x30, [sp, #16]
    movz x9, #{uabs_g0:_JIT_FRAME_I}
    movz x10, #{uabs_g0:_JIT_FRAME_F}
    movz x29, #{uabs_g0:_JIT_FRAME_C}
    ldr x8, [x23, #32]
    add x8, x8, #1
    stp x10, x9, [sp]
    add x20, x20, x9, lsl #3
    add x21, x21, x10, lsl #3
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
    ldp x9, x8, [sp]
    lsl x10, x29, #3
    ldp x29, x30, [sp, #16]
    lsl x8, x8, #3
    lsl x9, x9, #3
    sub x22, x22, x10
    sub x20, x20, x8
    sub x21, x21, x9
    str x0, [x21, #{ldst64_abs12:_JIT_A_OFF}]
    add sp, sp, #32
    b {jump26:_JIT_CONTINUE}
