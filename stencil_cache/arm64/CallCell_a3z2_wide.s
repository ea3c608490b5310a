    sub sp, sp, #32
    ldp x8, x9, [x23, #32]
    stp x29, x30, [sp, #16]
    cmp x8, x9
    b.hs L0
    movz x9, #{abs_g0:_JIT_CALLEE_END_C}
    movk x9, #{uabs_g1:_JIT_CALLEE_END_C}, lsl #16
    ldr x10, [x23, #64]
    add x9, x22, x9, lsl #3
    cmp x10, x9
    b.lo L0
    movz x10, #{uabs_g0:_JIT_B}
    movz x11, #{uabs_g0:_JIT_FRAME_C}
    mov x9, xzr
    add x8, x8, #1
    add x10, x22, x10, lsl #3
    lsl x14, x11, #3
    ldr x12, [x10]
    str x12, [x22, x11, lsl #3]
    movz x11, #{uabs_g0:_JIT_FRAME_I}
    movz x12, #{uabs_g0:_JIT_FRAME_F}
    ldr x13, [x10, #8]
    add x22, x22, x14
    str x13, [x22, #8]
    ldr x10, [x10, #16]
    lsl x11, x11, #3
    lsl x29, x12, #3
    stp x9, x9, [x22, #24]
    str x10, [x22, #16]
    add x20, x20, x11
    add x21, x21, x29
    stp x11, x14, [sp]
    str x8, [x23, #32]
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
    ldp x9, x8, [sp]
    sub x21, x21, x29
    ldp x29, x30, [sp, #16]
    sub x22, x22, x8
    movz x8, #{uabs_g0:_JIT_A}
    sub x20, x20, x9
    str x0, [x22, x8, lsl #3]
    add sp, sp, #32
    b {jump26:_JIT_CONTINUE}
