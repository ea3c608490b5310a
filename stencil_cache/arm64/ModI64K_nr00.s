    movz x8, #{sabs_g0:_JIT_K}
    sdiv x9, x24, x8
    msub x24, x9, x8, x24
    b {jump26:_JIT_CONTINUE}
