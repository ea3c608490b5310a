    cmp x27, x24
    b.le {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
