    stp x29, x30, [sp, #-16]!
    movz x29, #{uabs_g0:_JIT_FRAME_I}
    ldr x8, [x23, #32]
    add x8, x8, #1
    str x8, [x23, #32]
    add x20, x20, x29, lsl #3
    bl {call26:_JIT_CALLEE}
    ldr x8, [x23, #32]
    ldr x9, [x23]
    sub x8, x8, #1
    str x8, [x23, #32]
    cbz x9, L0
    ldp x29, x30, [sp], #16
    ret
L0:
    lsl x8, x29, #3
    sub x20, x20, x8
    str x0, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    ldp x29, x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
