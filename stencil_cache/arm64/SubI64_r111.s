    mov x25, xzr
    b {jump26:_JIT_CONTINUE}
