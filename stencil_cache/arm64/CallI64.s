    sub sp, sp, #48
    ldp x8, x9, [x23, #32]
    mov x11, x22
    stp x29, x30, [sp, #32]
    mov x29, x23
    mov x12, x21
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
    add x21, x12, x9, lsl #3
    add x9, x21, x10, lsl #3
    ldr x10, [x29, #56]
    cmp x10, x9
    b.lo L2
    movz x9, #{uabs_g0:_JIT_FRAME_C}
    movz x10, #{uabs_g0:_JIT_CALLEE_C}
    add x22, x11, x9, lsl #3
    add x9, x22, x10, lsl #3
    ldr x10, [x29, #64]
    cmp x10, x9
    b.lo L2
    movz x9, #{uabs_g0:_JIT_NARGS}
    str x11, [sp, #24]
    cbz x9, L1
    movz x8, #{uabs_g0:_JIT_B}
    mov x10, x20
    add x8, x13, x8, lsl #3
L0:
    ldr x11, [x8], #8
    subs x9, x9, #1
    str x11, [x10], #8
    b.ne L0
    ldr x8, [x29, #32]
L1:
    add x8, x8, #1
    mov x23, x29
    stp x13, x12, [sp, #8]
    str x8, [x29, #32]
    bl {call26:_JIT_CALLEE}
    ldr x8, [x29, #32]
    ldr x9, [x29]
    sub x8, x8, #1
    str x8, [x29, #32]
    cbnz x9, L3
    movz x8, #{uabs_g0:_JIT_CONV}
    ldp x21, x22, [sp, #16]
    cmp x8, #3
    b.ne L4
    fmov d0, x0
    and x9, x0, #0x7fe0000000000000
    mov x10, #4886405595696988160
    cmp x9, x10
    mov x9, #-9223372036854775808
    ldr x20, [sp, #8]
    fcvtzs x8, d0
    csel x0, x9, x8, hi
    b L5
L2:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov x23, x29
    mov x20, x13
    ldp x29, x30, [sp, #32]
    mov x21, x12
    mov x22, x11
    mov w24, #4
    add sp, sp, #48
    b {jump26:jit_rt_fail}
L3:
    ldp x29, x30, [sp, #32]
    add sp, sp, #48
    ret
L4:
    ldr x20, [sp, #8]
L5:
    movz x8, #{uabs_g0:_JIT_A}
    mov x23, x29
    ldp x29, x30, [sp, #32]
    str x0, [x20, x8, lsl #3]
    add sp, sp, #48
    b {jump26:_JIT_CONTINUE}
