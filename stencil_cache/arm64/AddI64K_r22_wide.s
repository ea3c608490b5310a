    movz x8, #{sabs_g0:_JIT_K}
    add x26, x26, x8
    b {jump26:_JIT_CONTINUE}
