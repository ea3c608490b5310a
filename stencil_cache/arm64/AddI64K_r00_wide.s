    movz x8, #{sabs_g0:_JIT_K}
    add x24, x24, x8
    b {jump26:_JIT_CONTINUE}
