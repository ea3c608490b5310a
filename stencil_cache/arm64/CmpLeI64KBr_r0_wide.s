    movz x8, #{sabs_g0:_JIT_K}
    cmp x24, x8
    b.le {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
