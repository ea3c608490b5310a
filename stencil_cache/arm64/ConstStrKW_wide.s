    movz x8, #{uabs_g0:_JIT_A}
    movz x9, #{abs_g0:_JIT_BITS}
    movk x9, #{abs_g1:_JIT_BITS}, lsl #16
    movk x9, #{abs_g2:_JIT_BITS}, lsl #32
    movk x9, #{abs_g3:_JIT_BITS}, lsl #48
    str x9, [x22, x8, lsl #3]
    b {jump26:_JIT_CONTINUE}
