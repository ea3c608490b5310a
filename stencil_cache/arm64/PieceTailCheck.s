    movz x8, #{uabs_g0:_JIT_CALLEE_I}
    ldr x9, [x23, #48]
    add x8, x20, x8, lsl #3
    cmp x9, x8
    b.lo L0
    movz x8, #{uabs_g0:_JIT_CALLEE_F}
    ldr x9, [x23, #56]
    add x8, x21, x8, lsl #3
    cmp x9, x8
    b.lo L0
    movz x8, #{uabs_g0:_JIT_CALLEE_C}
    ldr x9, [x23, #64]
    add x8, x22, x8, lsl #3
    cmp x9, x8
    b.hs L1
L0:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #4
    b {jump26:jit_rt_fail}
L1:
    b {jump26:_JIT_CONTINUE}
