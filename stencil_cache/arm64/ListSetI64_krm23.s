    ldr x9, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    ldr x8, [x23, #72]
    ubfiz x9, x9, #3, #32
    add x9, x9, x8
    ldr x10, [x9]
    cmp x10, x27
    b.hi L0
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #2
    b {jump26:jit_rt_fail}
L0:
    ldr x9, [x9, #16]
    mov x10, #-1688849860263936
    bfxil x10, x26, #0, #48
    add x8, x9, x8
    str x10, [x8, x27, lsl #3]
    b {jump26:_JIT_CONTINUE}
