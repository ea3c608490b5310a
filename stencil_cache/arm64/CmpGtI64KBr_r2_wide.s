    movz x8, #{sabs_g0:_JIT_K}
    cmp x26, x8
    b.gt {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
