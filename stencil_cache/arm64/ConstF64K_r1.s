    movz x8, #{abs_g0:_JIT_BITS}
    movk x8, #{abs_g1:_JIT_BITS}, lsl #16
    movk x8, #{abs_g2:_JIT_BITS}, lsl #32
    movk x8, #{abs_g3:_JIT_BITS}, lsl #48
    fmov d1, x8
    b {jump26:_JIT_CONTINUE}
