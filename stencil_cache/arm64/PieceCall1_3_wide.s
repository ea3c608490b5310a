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
    fmov d0, x0
    movz x12, #{uabs_g0:_JIT_A}
    lsl x8, x29, #3
    and x9, x0, #0x7fe0000000000000
    mov x10, #4886405595696988160
    mov x11, #-9223372036854775808
    sub x20, x20, x8
    fcvtzs x13, d0
    cmp x9, x10
    csel x8, x11, x13, hi
    str x8, [x20, x12, lsl #3]
    ldp x29, x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
