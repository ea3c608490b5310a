    cmp x24, x25
    b.lt {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
