    sub sp, sp, #48
    ldp x8, x9, [x23, #32]
    mov x12, x22
    stp x29, x30, [sp, #32]
    mov x29, x23
    mov x11, x21
    mov x13, x20
    cmp x8, x9
    b.hs L2
    movz x9, #{uabs_g0:_JIT_FRAME_I}
    movz x10, #{uabs_g0:_JIT_CALLEE_I}
    add x20, x13, x9, lsl #3
    add x9, x20, x10, lsl #3
    ldr x10, [x29, #48]
    cmp x10, x9
    b.lo L2
    movz x9, #{uabs_g0:_JIT_FRAME_F}
    movz x10, #{uabs_g0:_JIT_CALLEE_F}
    add x21, x11, x9, lsl #3
    add x9, x21, x10, lsl #3
    ldr x10, [x29, #56]
    cmp x10, x9
    b.lo L2
    movz x9, #{uabs_g0:_JIT_FRAME_C}
    movz x10, #{uabs_g0:_JIT_CALLEE_C}
    add x22, x12, x9, lsl #3
    add x9, x22, x10, lsl #3
    ldr x10, [x29, #64]
    cmp x10, x9
    b.lo L2
    movz x9, #{uabs_g0:_JIT_NARGS}
    str x11, [sp, #16]
    cbz x9, L1
    movz x8, #{uabs_g0:_JIT_B}
    mov x10, x22
    add x8, x12, x8, lsl #3
L0:
    ldr x11, [x8], #8
    subs x9, x9, #1
    str x11, [x10], #8
    b.ne L0
    ldr x8, [x29, #32]
L1:
    add x8, x8, #1
    mov x23, x29
    str x13, [sp, #8]
    str x12, [sp, #24]
    str x8, [x29, #32]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x29, #32]
    ldr x9, [x29]
    sub x8, x8, #1
    str x8, [x29, #32]
    cbnz x9, L3
    movz x8, #{uabs_g0:_JIT_CONV}
    ldp x20, x21, [sp, #8]
    cmp x8, #5
    b.eq L4
    ldr x22, [sp, #24]
    cmp x8, #2
    b.ne L5
    mov x8, #-1688849860263936
    bfxil x8, x0, #0, #48
    mov x0, x8
    b L5
L2:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov x23, x29
    mov x20, x13
    ldp x29, x30, [sp, #32]
    mov x21, x11
    mov x22, x12
    mov w24, #4
    add sp, sp, #48
    b {jump26:jit_rt_fail}
L3:
    ldp x29, x30, [sp, #32]
    add sp, sp, #48
    ret
L4:
    and x8, x0, #0x7fffffffffffffff
    mov x9, #9218868437227405312
    ldr x22, [sp, #24]
    cmp x8, x9
    mov x8, #9221120237041090560
    csel x0, x8, x0, hi
L5:
    movz x8, #{uabs_g0:_JIT_A}
    mov x23, x29
    ldp x29, x30, [sp, #32]
    str x0, [x22, x8, lsl #3]
    add sp, sp, #48
    b {jump26:_JIT_CONTINUE}
