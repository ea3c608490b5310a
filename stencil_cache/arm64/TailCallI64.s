    movz x10, #{uabs_g0:_JIT_CALLEE_I}
    ldr x9, [x23, #48]
    add x8, x20, x10, lsl #3
    cmp x9, x8
    b.lo L7
    movz x9, #{uabs_g0:_JIT_CALLEE_F}
    ldr x11, [x23, #56]
    add x8, x21, x9, lsl #3
    cmp x11, x8
    b.lo L7
    movz x8, #{uabs_g0:_JIT_CALLEE_C}
    ldr x12, [x23, #64]
    add x11, x22, x8, lsl #3
    cmp x12, x11
    b.lo L7
    movz x11, #{uabs_g0:_JIT_NARGS}
    cbz x11, L1
    mov x13, x11
    mov x14, x20
L0:
    ldr x15, [x14, #{ldst64_abs12:_JIT_B_OFF}]
    subs x13, x13, #1
    str x15, [x14], #8
    b.ne L0
L1:
    cmp x11, x10
    b.hs L3
    subs x10, x10, x11
    b.eq L3
    add x11, x20, x11, lsl #3
    mov x12, xzr
L2:
    subs x10, x10, #1
    str x12, [x11], #8
    b.ne L2
L3:
    cbz x9, L5
    mov x10, xzr
    mov x11, x21
L4:
    subs x9, x9, #1
    str x10, [x11], #8
    b.ne L4
L5:
    cbz x8, {condbr19:_JIT_CALLEE}
    mov x9, xzr
    mov x10, x22
L6:
    subs x8, x8, #1
    str x9, [x10], #8
    b.ne L6
    b {jump26:_JIT_CALLEE}
L7:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #4
    b {jump26:jit_rt_fail}
