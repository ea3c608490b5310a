    scvtf d3, x26
    b {jump26:_JIT_CONTINUE}
