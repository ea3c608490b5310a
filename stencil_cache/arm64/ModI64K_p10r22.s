    negs x8, x26
    and x9, x26, #0x3ff
    and x8, x8, #0x3ff
    csneg x26, x9, x8, mi
    b {jump26:_JIT_CONTINUE}
