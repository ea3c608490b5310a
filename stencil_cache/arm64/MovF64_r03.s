    fmov d0, d3
    b {jump26:_JIT_CONTINUE}
