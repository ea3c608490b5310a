    fmov d0, d1
    b {jump26:_JIT_CONTINUE}
