    and x8, x24, #0x1
    cmp x24, #0
    cneg x24, x8, lt
    b {jump26:_JIT_CONTINUE}
