    sub sp, sp, #48
    ldp x16, x8, [x23, #32]
    mov x15, x22
    stp x29, x30, [sp, #32]
    cmp x16, x8
    b.hs L8
    movz x8, #{abs_g0:_JIT_CALLEE_END_I}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_I}, lsl #16
    ldr x9, [x23, #48]
    add x8, x20, x8, lsl #3
    cmp x9, x8
    b.lo L8
    movz x8, #{abs_g0:_JIT_CALLEE_END_F}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_F}, lsl #16
    ldr x9, [x23, #56]
    add x8, x21, x8, lsl #3
    cmp x9, x8
    b.lo L8
    movz x8, #{abs_g0:_JIT_CALLEE_END_C}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_C}, lsl #16
    ldr x9, [x23, #64]
    add x8, x15, x8, lsl #3
    cmp x9, x8
    b.lo L8
    movz x11, #{uabs_g0:_JIT_FRAME_C}
    movz x9, #{uabs_g0:_JIT_NARGS}
    movz x10, #{uabs_g0:_JIT_FRAME_I}
    movz x8, #{uabs_g0:_JIT_FRAME_F}
    add x22, x15, x11, lsl #3
    cbz x9, L1
    movz x11, #{uabs_g0:_JIT_B}
    mov x12, x9
    mov x13, x22
    add x11, x15, x11, lsl #3
L0:
    ldr x14, [x11], #8
    subs x12, x12, #1
    str x14, [x13], #8
    b.ne L0
L1:
    movz x11, #{uabs_g0:_JIT_CALLEE_C}
    str x20, [sp]
    add x20, x20, x10, lsl #3
    cmp x9, x11
    b.hs L3
    subs x10, x11, x9
    b.eq L3
    add x9, x22, x9, lsl #3
L2:
    subs x10, x10, #1
    str xzr, [x9], #8
    b.ne L2
L3:
    movz x9, #{uabs_g0:_JIT_CALLEE_I}
    str x21, [sp, #8]
    add x21, x21, x8, lsl #3
    cbz x9, L5
    mov x8, x20
L4:
    subs x9, x9, #1
    str xzr, [x8], #8
    b.ne L4
L5:
    movz x8, #{uabs_g0:_JIT_CALLEE_F}
    str x15, [sp, #16]
    cbz x8, L7
    mov x9, x21
L6:
    subs x8, x8, #1
    str xzr, [x9], #8
    b.ne L6
L7:
    add x8, x16, #1
    mov x29, x23
    str x16, [sp, #24]
    str x8, [x23, #32]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x29]
    ldr x9, [sp, #24]
    str x9, [x29, #32]
    cbnz x8, L9
    movz x8, #{uabs_g0:_JIT_CONV}
    cmp x8, #5
    b.eq L10
    ldp x21, x22, [sp, #8]
    cmp x8, #2
    ldr x20, [sp]
    b.ne L11
    mov x8, #-1688849860263936
    bfxil x8, x0, #0, #48
    mov x0, x8
    b L11
L8:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    ldp x29, x30, [sp, #32]
    mov x22, x15
    mov w24, #4
    add sp, sp, #48
    b {jump26:jit_rt_fail}
L9:
    ldp x29, x30, [sp, #32]
    add sp, sp, #48
    ret
L10:
    and x8, x0, #0x7fffffffffffffff
    mov x9, #9218868437227405312
    ldr x20, [sp]
    ldp x21, x22, [sp, #8]
    cmp x8, x9
    mov x8, #9221120237041090560
    csel x0, x8, x0, hi
L11:
    movz x8, #{uabs_g0:_JIT_A}
    mov x23, x29
    ldp x29, x30, [sp, #32]
    str x0, [x22, x8, lsl #3]
    add sp, sp, #48
    b {jump26:_JIT_CONTINUE}
