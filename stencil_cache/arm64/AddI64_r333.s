    lsl x27, x27, #1
    b {jump26:_JIT_CONTINUE}
