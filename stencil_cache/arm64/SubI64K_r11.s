    sub x25, x25, #{sub_abs12s:_JIT_K}
    b {jump26:_JIT_CONTINUE}
