    negs x8, x26
    and x9, x26, #0xf
    and x8, x8, #0xf
    csneg x26, x9, x8, mi
    b {jump26:_JIT_CONTINUE}
