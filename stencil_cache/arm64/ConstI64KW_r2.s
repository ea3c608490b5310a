    movz x26, #{abs_g0:_JIT_BITS}
    movk x26, #{abs_g1:_JIT_BITS}, lsl #16
    movk x26, #{abs_g2:_JIT_BITS}, lsl #32
    movk x26, #{abs_g3:_JIT_BITS}, lsl #48
    b {jump26:_JIT_CONTINUE}
