    lsl x25, x25, #1
    b {jump26:_JIT_CONTINUE}
