    negs x8, x24
    and x9, x24, #0x7
    and x8, x8, #0x7
    csneg x24, x9, x8, mi
    b {jump26:_JIT_CONTINUE}
