    movz x8, #{sabs_g0:_JIT_NEG_K}
    add x27, x27, x8
    b {jump26:_JIT_CONTINUE}
