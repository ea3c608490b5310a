    ldp x8, x9, [x23, #32]
    cmp x8, x9
    b.hs L0
    movz x8, #{abs_g0:_JIT_CALLEE_END_I}
    movk x8, #{uabs_g1:_JIT_CALLEE_END_I}, lsl #16
    movz x9, #{abs_g0:_JIT_CALLEE_END_F}
    movk x9, #{uabs_g1:_JIT_CALLEE_END_F}, lsl #16
    ldp x10, x11, [x23, #48]
    add x8, x20, x8, lsl #3
    add x9, x21, x9, lsl #3
    cmp x10, x8
    ccmp x11, x9, #0, hs
    b.hs L1
L0:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #4
    b {jump26:jit_rt_fail}
L1:
    b {jump26:_JIT_CONTINUE}
