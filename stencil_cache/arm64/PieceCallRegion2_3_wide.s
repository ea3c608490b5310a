    stp x29, x30, [sp, #-16]!
    ldr x8, [x23, #32]
    ldr x9, [x23, #136]
    movz x29, #{uabs_g0:_JIT_FRAME_F}
    ldr x10, [x23, #120]
    str x10, [x9, x8, lsl #3]
    ldr x8, [x23, #80]
    ldr x9, [x23, #32]
    add x21, x21, x29, lsl #3
    str x8, [x23, #120]
    add x8, x9, #1
    str x8, [x23, #32]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x23, #32]
    ldr x9, [x23]
    sub x8, x8, #1
    str x8, [x23, #32]
    cbz x9, L0
    ldp x29, x30, [sp], #16
    ret
L0:
    ldp x10, x11, [x23, #120]
    fmov d0, x0
    lsl x9, x29, #3
    ldr x12, [x23, #136]
    and x13, x0, #0x7fe0000000000000
    mov x14, #4886405595696988160
    cmp x10, x11
    sub x21, x21, x9
    fcvtzs x9, d0
    csel x10, x10, x11, hi
    movz x11, #{uabs_g0:_JIT_A}
    cmp x13, x14
    str x10, [x23, #80]
    mov x10, #-9223372036854775808
    ldr x8, [x12, x8, lsl #3]
    str x8, [x23, #120]
    csel x8, x10, x9, hi
    str x8, [x20, x11, lsl #3]
    ldp x29, x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
