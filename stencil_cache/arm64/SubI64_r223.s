    sub x26, x26, x27
    b {jump26:_JIT_CONTINUE}
