    mov x27, xzr
    b {jump26:_JIT_CONTINUE}
