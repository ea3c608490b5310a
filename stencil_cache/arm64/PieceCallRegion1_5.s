    stp x29, x30, [sp, #-16]!
    ldr x8, [x23, #32]
    ldr x9, [x23, #136]
    movz x29, #{uabs_g0:_JIT_FRAME_I}
    ldr x10, [x23, #120]
    str x10, [x9, x8, lsl #3]
    ldr x8, [x23, #80]
    ldr x9, [x23, #32]
    add x20, x20, x29, lsl #3
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
    ldp x9, x10, [x23, #120]
    and x13, x0, #0x7fffffffffffffff
    mov x14, #9218868437227405312
    ldr x12, [x23, #136]
    lsl x11, x29, #3
    cmp x9, x10
    sub x20, x20, x11
    csel x9, x9, x10, hi
    cmp x13, x14
    str x9, [x23, #80]
    mov x10, #9221120237041090560
    ldr x8, [x12, x8, lsl #3]
    str x8, [x23, #120]
    csel x8, x10, x0, hi
    str x8, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    ldp x29, x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
