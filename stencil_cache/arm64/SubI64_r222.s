    mov x26, xzr
    b {jump26:_JIT_CONTINUE}
