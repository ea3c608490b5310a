    sub x25, x25, x27
    b {jump26:_JIT_CONTINUE}
