    and x8, x25, #0x1
    cmp x25, #0
    cneg x25, x8, lt
    b {jump26:_JIT_CONTINUE}
