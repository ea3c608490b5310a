    mul x24, x27, x24
    b {jump26:_JIT_CONTINUE}
