    scvtf d3, x25
    b {jump26:_JIT_CONTINUE}
