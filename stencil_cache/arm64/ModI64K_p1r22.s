    and x8, x26, #0x1
    cmp x26, #0
    cneg x26, x8, lt
    b {jump26:_JIT_CONTINUE}
