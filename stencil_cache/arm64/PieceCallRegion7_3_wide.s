    sub sp, sp, #32
    ldr x8, [x23, #32]
    ldr x9, [x23, #136]
    movz x12, #{uabs_g0:_JIT_FRAME_I}
    ldr x10, [x23, #120]
    stp x29, x30, [sp, #16]
    movz x11, #{uabs_g0:_JIT_FRAME_F}
    str x10, [x9, x8, lsl #3]
    movz x29, #{uabs_g0:_JIT_FRAME_C}
    ldr x8, [x23, #80]
    ldr x9, [x23, #32]
    str x8, [x23, #120]
    add x8, x9, #1
    stp x12, x11, [sp]
    add x20, x20, x12, lsl #3
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
    ldp x10, x11, [x23, #120]
    fmov d0, x0
    ldp x9, x12, [sp]
    lsl x13, x29, #3
    ldr x14, [x23, #136]
    and x15, x0, #0x7fe0000000000000
    cmp x10, x11
    ldp x29, x30, [sp, #16]
    csel x10, x10, x11, hi
    lsl x9, x9, #3
    lsl x12, x12, #3
    str x10, [x23, #80]
    movz x10, #{uabs_g0:_JIT_A}
    mov x11, #-9223372036854775808
    ldr x8, [x14, x8, lsl #3]
    fcvtzs x14, d0
    sub x20, x20, x9
    mov x9, #4886405595696988160
    sub x21, x21, x12
    sub x22, x22, x13
    cmp x15, x9
    str x8, [x23, #120]
    csel x8, x11, x14, hi
    str x8, [x20, x10, lsl #3]
    add sp, sp, #32
    b {jump26:_JIT_CONTINUE}
