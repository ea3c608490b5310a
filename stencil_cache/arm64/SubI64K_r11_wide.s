    movz x8, #{sabs_g0:_JIT_NEG_K}
    add x25, x25, x8
    b {jump26:_JIT_CONTINUE}
