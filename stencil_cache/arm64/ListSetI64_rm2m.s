    mov w9, #-61440
    ldr x8, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    cmp x9, x8, lsr #32
    b.ne L0
    ldr x9, [x23, #72]
    ubfiz x8, x8, #3, #32
    add x10, x9, x8
    ldr x8, [x20, #{ldst64_abs12:_JIT_C_OFF}]
    ldr x11, [x10]
    cmp x8, x11
    b.lo L1
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #2
    b {jump26:jit_rt_fail}
L0:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #3
    b {jump26:jit_rt_fail}
L1:
    ldr x10, [x10, #16]
    mov x11, #-1688849860263936
    bfxil x11, x26, #0, #48
    add x9, x10, x9
    str x11, [x9, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
