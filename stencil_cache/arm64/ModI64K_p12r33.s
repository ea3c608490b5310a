    negs x8, x27
    and x9, x27, #0xfff
    and x8, x8, #0xfff
    csneg x27, x9, x8, mi
    b {jump26:_JIT_CONTINUE}
