    add x26, x27, x26
    b {jump26:_JIT_CONTINUE}
