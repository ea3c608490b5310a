    mul x25, x26, x25
    b {jump26:_JIT_CONTINUE}
