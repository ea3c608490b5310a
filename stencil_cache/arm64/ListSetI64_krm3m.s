    ldr x9, [x23, #72]
    ldr x8, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    ubfiz x8, x8, #3, #32
    add x10, x8, x9
    ldr x8, [x20, #{ldst64_abs12:_JIT_C_OFF}]
    ldr x11, [x10]
    cmp x8, x11
    b.lo L0
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #2
    b {jump26:jit_rt_fail}
L0:
    ldr x10, [x10, #16]
    mov x11, #-1688849860263936
    bfxil x11, x27, #0, #48
    add x9, x10, x9
    str x11, [x9, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
