    negs x8, x27
    and x9, x27, #0x3ff
    and x8, x8, #0x3ff
    csneg x27, x9, x8, mi
    b {jump26:_JIT_CONTINUE}
