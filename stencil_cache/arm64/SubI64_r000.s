    mov x24, xzr
    b {jump26:_JIT_CONTINUE}
