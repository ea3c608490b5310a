    sub sp, sp, #48
    ldp x11, x8, [x23, #32]
    stp x29, x30, [sp, #32]
    mov x29, x23
    cmp x11, x8
    b.hs L0
    movz x8, #{abs_g0:_JIT_CALLEE_END_F}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_F}, lsl #16
    ldr x9, [x29, #56]
    add x8, x21, x8, lsl #3
    cmp x9, x8
    b.lo L0
    movz x8, #{uabs_g0:_JIT_FRAME_C}
    movz x9, #{uabs_g0:_JIT_FRAME_F}
    movz x10, #{uabs_g0:_JIT_FRAME_I}
    stp x22, x21, [sp, #8]
    add x22, x22, x8, lsl #3
    add x21, x21, x9, lsl #3
    str x20, [sp]
    add x20, x20, x10, lsl #3
    add x8, x11, #1
    mov x23, x29
    str x8, [x29, #32]
    str x11, [sp, #24]
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
    mov w24, #4
    ldp x29, x30, [sp, #32]
    add sp, sp, #48
    b {jump26:jit_rt_fail}
L1:
    movz x8, #{uabs_g0:_JIT_A}
    ldp x20, x22, [sp]
    ldr x21, [sp, #16]
    mov x23, x29
    ldp x29, x30, [sp, #32]
    str x0, [x21, x8, lsl #3]
    add sp, sp, #48
    b {jump26:_JIT_CONTINUE}
