    sub sp, sp, #48
    ldp x13, x8, [x23, #32]
    mov x12, x22
    stp x29, x30, [sp, #32]
    mov x29, x23
    cmp x13, x8
    b.hs L0
    movz x8, #{abs_g0:_JIT_CALLEE_END_C}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_C}, lsl #16
    ldr x9, [x29, #64]
    add x8, x12, x8, lsl #3
    cmp x9, x8
    b.lo L0
    movz x8, #{uabs_g0:_JIT_FRAME_C}
    movz x11, #{uabs_g0:_JIT_B}
    movz x9, #{uabs_g0:_JIT_FRAME_F}
    movz x10, #{uabs_g0:_JIT_FRAME_I}
    add x22, x12, x8, lsl #3
    ldr x8, [x12, x11, lsl #3]
    stp x21, x12, [sp, #8]
    add x21, x21, x9, lsl #3
    mov x23, x29
    str x20, [sp]
    add x20, x20, x10, lsl #3
    str x8, [x22]
    add x8, x13, #1
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
    mov x22, x12
    ldp x29, x30, [sp, #32]
    mov w24, #4
    add sp, sp, #48
    b {jump26:jit_rt_fail}
L1:
    movz x8, #{uabs_g0:_JIT_A}
    ldp x20, x21, [sp]
    ldr x22, [sp, #16]
    mov x23, x29
    ldp x29, x30, [sp, #32]
    str x0, [x22, x8, lsl #3]
    add sp, sp, #48
    b {jump26:_JIT_CONTINUE}
