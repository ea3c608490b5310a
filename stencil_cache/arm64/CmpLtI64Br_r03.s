    cmp x24, x27
    b.lt {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
