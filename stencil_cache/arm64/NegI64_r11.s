    neg x25, x25
    b {jump26:_JIT_CONTINUE}
