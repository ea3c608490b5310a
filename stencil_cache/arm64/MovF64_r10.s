    fmov d1, d0
    b {jump26:_JIT_CONTINUE}
