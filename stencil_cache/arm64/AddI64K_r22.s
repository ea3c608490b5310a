    add x26, x26, #{add_abs12s:_JIT_K}
    b {jump26:_JIT_CONTINUE}
