    lsl x24, x24, #1
    b {jump26:_JIT_CONTINUE}
