    fmov d3, d1
    b {jump26:_JIT_CONTINUE}
