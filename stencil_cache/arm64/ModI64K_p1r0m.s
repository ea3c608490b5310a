    ldr x8, [x20, #{ldst64_abs12:_JIT_B_OFF}]
    and x9, x8, #0x1
    cmp x8, #0
    cneg x24, x9, lt
    b {jump26:_JIT_CONTINUE}
