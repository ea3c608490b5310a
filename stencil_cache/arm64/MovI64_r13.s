    mov x25, x27
    b {jump26:_JIT_CONTINUE}
