    fmov d0, d2
    b {jump26:_JIT_CONTINUE}
