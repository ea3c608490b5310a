    mov w9, #65529
    ldr x8, [x22, #{ldst64_abs12:_JIT_B_OFF}]
    cmp x9, x8, lsr #48
    b.ne L1
    ubfx x8, x8, #40, #4
    b L2
L0:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #3
    b {jump26:jit_rt_fail}
L1:
    mov w9, #-65536
    cmp x9, x8, lsr #32
    b.ne L0
    ldr x9, [x23, #72]
    ubfiz x8, x8, #3, #32
    ldr x8, [x9, x8]
L2:
    str x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
