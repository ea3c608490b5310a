    ldr x9, [x23, #72]
    ldr x8, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    ubfiz x8, x8, #3, #32
    add x10, x8, x9
    ldr x8, [x20, #{ldst64_abs12:_JIT_C_OFF}]
    ldr x11, [x10]
    cmp x8, x11
    b.hs L0
    fcmp d3, d3
    ldr x10, [x10, #16]
    add x9, x10, x9
    b.vc L1
    mov x10, #9221120237041090560
    str x10, [x9, x8, lsl #3]
    b L2
L0:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #2
    b {jump26:jit_rt_fail}
L1:
    str d3, [x9, x8, lsl #3]
L2:
    b {jump26:_JIT_CONTINUE}
