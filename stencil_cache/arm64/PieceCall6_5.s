    sub sp, sp, #32
    stp x29, x30, [sp, #16]
    movz x9, #{uabs_g0:_JIT_FRAME_F}
    movz x29, #{uabs_g0:_JIT_FRAME_C}
    ldr x8, [x23, #32]
    add x8, x8, #1
    str x9, [sp, #8]
    add x21, x21, x9, lsl #3
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
    ldr x8, [sp, #8]
    lsl x9, x29, #3
    and x10, x0, #0x7fffffffffffffff
    mov x11, #9218868437227405312
    lsl x8, x8, #3
    mov x12, #9221120237041090560
    ldp x29, x30, [sp, #16]
    sub x22, x22, x9
    sub x21, x21, x8
    cmp x10, x11
    csel x8, x12, x0, hi
    str x8, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    add sp, sp, #32
    b {jump26:_JIT_CONTINUE}
