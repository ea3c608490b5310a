    sub x26, x26, x24
    b {jump26:_JIT_CONTINUE}
