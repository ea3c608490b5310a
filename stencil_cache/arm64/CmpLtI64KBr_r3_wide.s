    movz x8, #{sabs_g0:_JIT_K}
    cmp x27, x8
    b.lt {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
