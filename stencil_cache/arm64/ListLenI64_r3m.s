    mov w9, #-61440
    ldr x8, [x22, #{ldst64_abs12:_JIT_B_OFF}]
    cmp x9, x8, lsr #32
    b.eq L0
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #3
    b {jump26:jit_rt_fail}
L0:
    ldr x9, [x23, #72]
    ubfiz x8, x8, #3, #32
    ldr x27, [x9, x8]
    b {jump26:_JIT_CONTINUE}
