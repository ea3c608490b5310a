    fmov d3, d0
    b {jump26:_JIT_CONTINUE}
