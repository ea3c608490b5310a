    ldr x9, [x22, #{ldst64_abs12:_JIT_B_OFF}]
    mov w8, #-61440
    cmp x8, x9, lsr #32
    b.ne L0
    ldr x8, [x23, #72]
    ubfiz x9, x9, #3, #32
    add x9, x8, x9
    ldr x10, [x9]
    cmp x10, x25
    b.hi L1
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
    ldr x9, [x9, #16]
    add x8, x9, x8
    ldr x8, [x8, x25, lsl #3]
    sbfx x8, x8, #0, #48
    str x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
