    sub x25, x25, x26
    b {jump26:_JIT_CONTINUE}
