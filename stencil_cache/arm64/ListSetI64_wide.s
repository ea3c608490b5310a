    movz x8, #{uabs_g0:_JIT_A}
    mov w9, #-61440
    ldr x8, [x22, x8, lsl #3]
    cmp x9, x8, lsr #32
    b.ne L0
    movz x11, #{uabs_g0:_JIT_C}
    ldr x9, [x23, #72]
    ubfiz x8, x8, #3, #32
    add x10, x9, x8
    ldr x8, [x20, x11, lsl #3]
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
    movz x11, #{uabs_g0:_JIT_B}
    ldr x10, [x10, #16]
    mov x12, #-1688849860263936
    add x9, x10, x9
    ldr x11, [x20, x11, lsl #3]
    bfxil x12, x11, #0, #48
    str x12, [x9, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
