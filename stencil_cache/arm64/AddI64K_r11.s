    add x25, x25, #{add_abs12s:_JIT_K}
    b {jump26:_JIT_CONTINUE}
