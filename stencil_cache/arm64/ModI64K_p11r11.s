    negs x8, x25
    and x9, x25, #0x7ff
    and x8, x8, #0x7ff
    csneg x25, x9, x8, mi
    b {jump26:_JIT_CONTINUE}
