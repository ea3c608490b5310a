    sub sp, sp, #32
    ldp x8, x9, [x23, #32]
    stp x29, x30, [sp, #16]
    cmp x8, x9
    b.hs L0
    movz x9, #{abs_g0:_JIT_CALLEE_END_I}
    movk x9, #{uabs_g1:_JIT_CALLEE_END_I}, lsl #16
    ldr x10, [x23, #48]
    add x9, x20, x9, lsl #3
    cmp x10, x9
    b.lo L0
    movz x10, #{uabs_g0:_JIT_FRAME_I}
    movz x11, #{uabs_g0:_JIT_FRAME_F}
    movz x12, #{uabs_g0:_JIT_FRAME_C}
    lsl x13, x10, #3
    lsl x11, x11, #3
    lsl x29, x12, #3
    mov x9, xzr
    add x8, x8, #1
    str x9, [x20, x10, lsl #3]
    add x20, x20, x13
    str x8, [x23, #32]
    add x21, x21, x11
    add x22, x22, x29
    stp x11, x13, [sp]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x23, #32]
    ldr x9, [x23]
    sub x8, x8, #1
    str x8, [x23, #32]
    cbz x9, L1
    ldp x29, x30, [sp, #16]
    add sp, sp, #32
    ret
L0:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    ldp x29, x30, [sp, #16]
    mov w24, #4
    add sp, sp, #32
    b {jump26:jit_rt_fail}
L1:
    ldp x8, x9, [sp]
    sub x22, x22, x29
    ldp x29, x30, [sp, #16]
    sub x21, x21, x8
    sub x20, x20, x9
    str x0, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    add sp, sp, #32
    b {jump26:_JIT_CONTINUE}
