    ldr x8, [x20, #{ldst64_abs12:_JIT_C_OFF}]
    add x26, x8, x26
    b {jump26:_JIT_CONTINUE}
