    stp x29, x30, [sp, #-16]!
    movz x29, #{uabs_g0:_JIT_FRAME_F}
    ldr x8, [x23, #32]
    add x8, x8, #1
    str x8, [x23, #32]
    add x21, x21, x29, lsl #3
    bl {call26:_JIT_CALLEE}
    ldr x8, [x23, #32]
    ldr x9, [x23]
    sub x8, x8, #1
    str x8, [x23, #32]
    cbz x9, L0
    ldp x29, x30, [sp], #16
    ret
L0:
    movz x11, #{uabs_g0:_JIT_A}
    lsl x8, x29, #3
    and x9, x0, #0x7fffffffffffffff
    mov x10, #9218868437227405312
    mov x12, #9221120237041090560
    cmp x9, x10
    sub x21, x21, x8
    csel x8, x12, x0, hi
    str x8, [x22, x11, lsl #3]
    ldp x29, x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
