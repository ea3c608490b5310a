    lsl x26, x26, #1
    b {jump26:_JIT_CONTINUE}
