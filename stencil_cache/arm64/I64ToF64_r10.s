    scvtf d1, x24
    b {jump26:_JIT_CONTINUE}
