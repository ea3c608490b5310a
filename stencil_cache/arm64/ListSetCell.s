    mov w9, #-61440
    ldr x8, [x22, #{ldst64_abs12:_JIT_A_OFF}]
    cmp x9, x8, lsr #32
    b.ne L0
    ldr x9, [x23, #72]
    ubfiz x11, x8, #3, #32
    add x11, x9, x11
    ldr x12, [x11]
    ldr x10, [x20, #{ldst64_abs12:_JIT_C_OFF}]
    cmp x10, x12
    b.hs L1
    ldr x13, [x11, #16]
    add x9, x13, x9
    ldr x11, [x22, #{ldst64_abs12:_JIT_B_OFF}]
    mov x12, #-281474976710656
    str x11, [x9, x10, lsl #3]
    cmp x11, x12
    b.lo L2
    cmp w11, w8
    b.ls L2
    ldr x8, [x23, #80]
    str x8, [x23, #128]
    b L2
L0:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #3
    b {jump26:jit_rt_fail}
L1:
    movz x25, #{abs_g0:_JIT_ERRLOC}
    movk x25, #{uabs_g1:_JIT_ERRLOC}, lsl #16
    mov w24, #2
    b {jump26:jit_rt_fail}
L2:
    b {jump26:_JIT_CONTINUE}
