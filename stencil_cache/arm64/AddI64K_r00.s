    add x24, x24, #{add_abs12s:_JIT_K}
    b {jump26:_JIT_CONTINUE}
