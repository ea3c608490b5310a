    ldr x10, [x23, #72]
    ldr x8, [x22, #{ldst64_abs12:_JIT_B_OFF}]
    ubfiz x8, x8, #3, #32
    ldr x8, [x8, x10]
    str x8, [x20, #{ldst64_abs12:_JIT_A_OFF}]
    b {jump26:_JIT_CONTINUE}
