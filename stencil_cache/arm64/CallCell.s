    sub sp, sp, #32
    ldp x9, x10, [x23, #32]
    mov x8, x22
    stp x29, x30, [sp, #16]
    cmp x9, x10
    b.hs L9
    movz x10, #{abs_g0:_JIT_CALLEE_END_I}
    movk x10, #{uabs_g1:_JIT_CALLEE_END_I}, lsl #16
    ldr x11, [x23, #48]
    add x10, x20, x10, lsl #3
    cmp x11, x10
    b.lo L9
    movz x10, #{abs_g0:_JIT_CALLEE_END_F}
    movk x10, #{uabs_g1:_JIT_CALLEE_END_F}, lsl #16
    ldr x11, [x23, #56]
    add x10, x21, x10, lsl #3
    cmp x11, x10
    b.lo L9
    movz x10, #{abs_g0:_JIT_CALLEE_END_C}
    movk x10, #{uabs_g1:_JIT_CALLEE_END_C}, lsl #16
    ldr x11, [x23, #64]
    add x10, x8, x10, lsl #3
    cmp x11, x10
    b.lo L9
    movz x13, #{uabs_g0:_JIT_FRAME_C}
    movz x12, #{uabs_g0:_JIT_FRAME_I}
    movz x10, #{uabs_g0:_JIT_NARGS}
    movz x11, #{uabs_g0:_JIT_FRAME_F}
    lsl x13, x13, #3
    lsl x29, x12, #3
    add x22, x8, x13
    str x13, [sp, #8]
    cbz x10, L1
    movz x12, #{uabs_g0:_JIT_B}
    mov x13, x22
    add x8, x8, x12, lsl #3
    mov x12, x10
L0:
    ldr x14, [x8], #8
    subs x12, x12, #1
    str x14, [x13], #8
    b.ne L0
L1:
    movz x8, #{uabs_g0:_JIT_CALLEE_C}
    lsl x12, x11, #3
    add x20, x20, x29
    cmp x10, x8
    b.hs L3
    subs x8, x8, x10
    b.eq L3
    add x10, x22, x10, lsl #3
    mov x11, xzr
L2:
    subs x8, x8, #1
    str x11, [x10], #8
    b.ne L2
L3:
    movz x8, #{uabs_g0:_JIT_CALLEE_I}
    add x21, x21, x12
    cbz x8, L5
    mov x10, xzr
    mov x11, x20
L4:
    subs x8, x8, #1
    str x10, [x11], #8
    b.ne L4
L5:
    movz x8, #{uabs_g0:_JIT_CALLEE_F}
    str x12, [sp]
    cbz x8, L7
    mov x10, xzr
    mov x11, x21
L6:
    subs x8, x8, #1
    str x10, [x11], #8
    b.ne L6
L7:
    ldr x8, [x23, #136]
    ldr x10, [x23, #120]
    str x10, [x8, x9, lsl #3]
    add x8, x9, #1
    ldr x9, [x23, #80]
    str x8, [x23, #32]
    str x9, [x23, #120]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x23, #32]
    ldr x9, [x23]
    sub x8, x8, #1
    str x8, [x23, #32]
    cbnz x9, L10
    movz x9, #{uabs_g0:_JIT_CONV}
    ldr x11, [sp]
    sub x20, x20, x29
    sub x21, x21, x11
    ldr x11, [sp, #8]
    mov x10, x9
    sub x22, x22, x11
    sub x10, x10, #6
    cmp x10, #3
    b.lo L8
    ldp x10, x11, [x23, #120]
    cmp x10, x11
    csel x10, x10, x11, hi
    str x10, [x23, #80]
L8:
    ldr x10, [x23, #136]
    cmp x9, #5
    ldr x8, [x10, x8, lsl #3]
    str x8, [x23, #120]
    b.eq L11
    cmp x9, #2
    b.ne L12
    mov x8, #-1688849860263936
    bfxil x8, x0, #0, #48
    mov x0, x8
    b L12
L9:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    ldp x29, x30, [sp, #16]
    mov x22, x8
    mov w24, #4
    add sp, sp, #32
    b {jump26:jit_rt_fail}
L10:
    ldp x29, x30, [sp, #16]
    add sp, sp, #32
    ret
L11:
    and x8, x0, #0x7fffffffffffffff
    mov x9, #9218868437227405312
    cmp x8, x9
    mov x8, #9221120237041090560
    csel x0, x8, x0, hi
L12:
    ldp x29, x30, [sp, #16]
    str x0, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    add sp, sp, #32
    b {jump26:_JIT_CONTINUE}
