    ldr x8, [x20, #{ldst64_abs12:_JIT_C_OFF}]
    sub x25, x25, x8
    b {jump26:_JIT_CONTINUE}
