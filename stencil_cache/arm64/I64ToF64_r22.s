    scvtf d2, x26
    b {jump26:_JIT_CONTINUE}
