    movz x8, #{sabs_g0:_JIT_K}
    sdiv x9, x27, x8
    msub x27, x9, x8, x27
    b {jump26:_JIT_CONTINUE}
