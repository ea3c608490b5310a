    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    negs x10, x8
    and x8, x8, #0x7
    and x10, x10, #0x7
    csneg x8, x8, x10, mi
    str x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
