    negs x8, x24
    and x9, x24, #0x1ff
    and x8, x8, #0x1ff
    csneg x24, x9, x8, mi
    b {jump26:_JIT_CONTINUE}
