    movz x9, #{sabs_g0:_JIT_K}
    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    sdiv x10, x8, x9
    msub x26, x10, x9, x8
    b {jump26:_JIT_CONTINUE}
