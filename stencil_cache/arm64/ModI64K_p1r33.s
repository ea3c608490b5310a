    and x8, x27, #0x1
    cmp x27, #0
    cneg x27, x8, lt
    b {jump26:_JIT_CONTINUE}
