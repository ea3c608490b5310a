    cmp x26, x27
    b.le {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
