    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    negs x9, x8
    and x8, x8, #0x1f
    and x9, x9, #0x1f
    csneg x25, x8, x9, mi
    b {jump26:_JIT_CONTINUE}
