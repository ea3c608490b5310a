    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    and x10, x8, #0x1
    cmp x8, #0
    cneg x8, x10, lt
    str x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
