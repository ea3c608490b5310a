    ldp x8, x9, [x23, #32]
    cmp x8, x9
    b.lo L0
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #4
    b {jump26:jit_rt_fail}
L0:
    b {jump26:_JIT_CONTINUE}
