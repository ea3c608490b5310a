    movz x26, #{sabs_g0:_JIT_K}
    b {jump26:_JIT_CONTINUE}
