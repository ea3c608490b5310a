    scvtf d2, x25
    b {jump26:_JIT_CONTINUE}
