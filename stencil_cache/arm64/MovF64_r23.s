    fmov d2, d3
    b {jump26:_JIT_CONTINUE}
