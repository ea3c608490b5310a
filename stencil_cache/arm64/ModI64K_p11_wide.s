    movz x8, #{uabs_g0:_JIT_B}
    movz x9, #{uabs_g0:_JIT_A}
    ldr x8, [x20, x8, lsl #3]
    negs x10, x8
    and x8, x8, #0x7ff
    and x10, x10, #0x7ff
    csneg x8, x8, x10, mi
    str x8, [x20, x9, lsl #3]
    b {jump26:_JIT_CONTINUE}
