    str x30, [sp, #-16]!
    ldr x8, [x23, #32]
    ldr x9, [x23, #136]
    ldr x10, [x23, #120]
    str x10, [x9, x8, lsl #3]
    ldr x8, [x23, #80]
    ldr x9, [x23, #32]
    str x8, [x23, #120]
    add x8, x9, #1
    str x8, [x23, #32]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x23, #32]
    ldr x9, [x23]
    sub x8, x8, #1
    str x8, [x23, #32]
    cbz x9, L0
    ldr x30, [sp], #16
    ret
L0:
    ldp x9, x10, [x23, #120]
    and x12, x0, #0x7fffffffffffffff
    ldr x11, [x23, #136]
    mov x13, #9218868437227405312
    mov x14, #9221120237041090560
    cmp x9, x10
    csel x9, x9, x10, hi
    movz x10, #{uabs_g0:_JIT_A}
    cmp x12, x13
    str x9, [x23, #80]
    ldr x8, [x11, x8, lsl #3]
    str x8, [x23, #120]
    csel x8, x14, x0, hi
    str x8, [x22, x10, lsl #3]
    ldr x30, [sp], #16
    b {jump26:_JIT_CONTINUE}
