    movz x8, #{sabs_g0:_JIT_K}
    sdiv x9, x26, x8
    msub x26, x9, x8, x26
    b {jump26:_JIT_CONTINUE}
