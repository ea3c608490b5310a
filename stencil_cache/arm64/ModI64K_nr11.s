    movz x8, #{sabs_g0:_JIT_K}
    sdiv x9, x25, x8
    msub x25, x9, x8, x25
    b {jump26:_JIT_CONTINUE}
