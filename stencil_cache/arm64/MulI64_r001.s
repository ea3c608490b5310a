    mul x24, x25, x24
    b {jump26:_JIT_CONTINUE}
