    sub sp, sp, #48
    ldp x13, x8, [x23, #32]
    mov x12, x20
    stp x29, x30, [sp, #32]
    mov x29, x23
    cmp x13, x8
    b.hs L0
    movz x8, #{abs_g0:_JIT_CALLEE_END_I}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_I}, lsl #16
    ldr x9, [x29, #48]
    add x8, x12, x8, lsl #3
    cmp x9, x8
    b.lo L0
    movz x8, #{uabs_g0:_JIT_FRAME_C}
    movz x9, #{uabs_g0:_JIT_FRAME_I}
    movz x10, #{uabs_g0:_JIT_B}
    movz x11, #{uabs_g0:_JIT_FRAME_F}
    add x20, x12, x9, lsl #3
    stp x22, x12, [sp, #8]
    ldr x9, [x12, x10, lsl #3]
    add x22, x22, x8, lsl #3
    str x21, [sp]
    add x21, x21, x11, lsl #3
    add x8, x13, #1
    mov x23, x29
    stp x9, xzr, [x20]
    str x8, [x29, #32]
    str x13, [sp, #24]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x29]
    ldr x9, [sp, #24]
    str x9, [x29, #32]
    cbz x8, L1
    ldp x29, x30, [sp, #32]
    add sp, sp, #48
    ret
L0:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov x23, x29
    mov x20, x12
    ldp x29, x30, [sp, #32]
    mov w24, #4
    add sp, sp, #48
    b {jump26:jit_rt_fail}
L1:
    movz x8, #{uabs_g0:_JIT_A}
    ldp x22, x20, [sp, #8]
    mov x23, x29
    ldr x21, [sp]
    ldp x29, x30, [sp, #32]
    str x0, [x20, x8, lsl #3]
    add sp, sp, #48
    b {jump26:_JIT_CONTINUE}
