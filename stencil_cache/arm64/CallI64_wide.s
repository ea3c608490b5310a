    sub sp, sp, #32
    ldp x9, x8, [x23, #32]
    stp x29, x30, [sp, #16]
    cmp x9, x8
    mov x8, x20
    b.hs L8
    movz x10, #{abs_g0:_JIT_CALLEE_END_I}
    movk x10, #{uabs_g1:_JIT_CALLEE_END_I}, lsl #16
    ldr x11, [x23, #48]
    add x10, x8, x10, lsl #3
    cmp x11, x10
    b.lo L8
    movz x10, #{abs_g0:_JIT_CALLEE_END_F}
    movk x10, #{uabs_g1:_JIT_CALLEE_END_F}, lsl #16
    ldr x11, [x23, #56]
    add x10, x21, x10, lsl #3
    cmp x11, x10
    b.lo L8
    movz x10, #{abs_g0:_JIT_CALLEE_END_C}
    movk x10, #{uabs_g1:_JIT_CALLEE_END_C}, lsl #16
    ldr x11, [x23, #64]
    add x10, x22, x10, lsl #3
    cmp x11, x10
    b.lo L8
    movz x12, #{uabs_g0:_JIT_FRAME_I}
    movz x13, #{uabs_g0:_JIT_FRAME_F}
    movz x11, #{uabs_g0:_JIT_FRAME_C}
    movz x10, #{uabs_g0:_JIT_NARGS}
    lsl x12, x12, #3
    lsl x29, x13, #3
    add x20, x8, x12
    str x12, [sp, #8]
    cbz x10, L1
    movz x12, #{uabs_g0:_JIT_B}
    mov x13, x20
    add x8, x8, x12, lsl #3
    mov x12, x10
L0:
    ldr x14, [x8], #8
    subs x12, x12, #1
    str x14, [x13], #8
    b.ne L0
L1:
    movz x8, #{uabs_g0:_JIT_CALLEE_I}
    lsl x12, x11, #3
    add x21, x21, x29
    cmp x10, x8
    b.hs L3
    subs x8, x8, x10
    b.eq L3
    add x10, x20, x10, lsl #3
    mov x11, xzr
L2:
    subs x8, x8, #1
    str x11, [x10], #8
    b.ne L2
L3:
    movz x8, #{uabs_g0:_JIT_CALLEE_F}
    add x22, x22, x12
    cbz x8, L5
    mov x10, xzr
    mov x11, x21
L4:
    subs x8, x8, #1
    str x10, [x11], #8
    b.ne L4
L5:
    movz x8, #{uabs_g0:_JIT_CALLEE_C}
    str x12, [sp]
    cbz x8, L7
    mov x10, xzr
    mov x11, x22
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
    cbz x9, L9
    ldp x29, x30, [sp, #16]
    add sp, sp, #32
    ret
L8:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    ldp x29, x30, [sp, #16]
    mov x20, x8
    mov w24, #4
    add sp, sp, #32
    b {jump26:jit_rt_fail}
L9:
    movz x9, #{uabs_g0:_JIT_CONV}
    ldr x11, [sp, #8]
    sub x21, x21, x29
    sub x20, x20, x11
    ldr x11, [sp]
    mov x10, x9
    sub x22, x22, x11
    sub x10, x10, #6
    cmp x10, #3
    b.lo L10
    ldp x10, x11, [x23, #120]
    cmp x10, x11
    csel x10, x10, x11, hi
    str x10, [x23, #80]
L10:
    ldr x10, [x23, #136]
    cmp x9, #3
    ldr x8, [x10, x8, lsl #3]
    str x8, [x23, #120]
    b.ne L11
    fmov d0, x0
    and x9, x0, #0x7fe0000000000000
    mov x10, #4886405595696988160
    cmp x9, x10
    mov x9, #-9223372036854775808
    fcvtzs x8, d0
    csel x0, x9, x8, hi
L11:
    movz x8, #{uabs_g0:_JIT_A}
    ldp x29, x30, [sp, #16]
    str x0, [x20, x8, lsl #3]
    add sp, sp, #32
    b {jump26:_JIT_CONTINUE}
