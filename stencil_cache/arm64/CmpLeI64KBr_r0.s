    cmp x24, #{sub_abs12s:_JIT_K}
    b.le {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
